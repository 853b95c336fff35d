# Asynchronous generators: async for, asend, athrow, aclose, awaits inside them, errors.
async def agen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)
    print("agen done")

class Sleep:
    def __await__(self):
        v = yield "tick"
        return v

async def ticking():
    x = await Sleep()
    yield ("after tick", x)

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    g = agen(5)
    print(await g.__anext__(), await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    async for t in ticking():
        out.append(t)
    print([x async for x in agen(2)])
    return out

def run(coro):
    ticks = 0
    try:
        while True:
            r = coro.send(None if ticks == 0 else ticks)
            ticks += 1
            print("loop saw", r)
    except StopIteration as e:
        return e.value
print(run(main()))
print(type(agen(1)).__name__, agen.__name__)
async def bad():
    yield 1
    raise StopIteration
async def use_bad():
    try:
        async for v in bad():
            pass
    except RuntimeError as e:
        return str(e)
print(run(use_bad()))
async def ignore_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def close_it():
    g = ignore_close()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)
print(run(close_it()))
async def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
async def athrow_it():
    g = thrower()
    await g.__anext__()
    return await g.athrow(ValueError("v"))
print(run(athrow_it()))
