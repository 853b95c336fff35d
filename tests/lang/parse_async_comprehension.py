# Async comprehensions and await inside comprehensions of a coroutine.
async def agen():
    yield 1

async def coro():
    r = [i async for i in agen() if await i]
    s = [await z for z in ()]
    t = {i: i async for i in agen()}
    return r, s, t

print(coro.__name__)
