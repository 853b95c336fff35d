# Asynchronous generators driven by the event loop, with sleeps inside them.
import asyncio

async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1

async def ticker(name, n):
    async for v in countdown(n):
        print(name, v)
    return name

async def main():
    print(await asyncio.gather(ticker("a", 3), ticker("b", 2)))
    print([v async for v in countdown(4)])
    g = countdown(5)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")

asyncio.run(main())
