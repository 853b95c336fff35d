# Async syntax compiles: async def, await, async for, async with.
async def agen():
    yield 1

async def coro(x):
    await x
    async for i in agen():
        pass
    else:
        pass
    async with x as y, x:
        pass
    return await x

print(type(coro).__name__, coro.__name__)
class A:
    async def m(self):
        return await self

print(A.m.__name__)
