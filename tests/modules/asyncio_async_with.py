# async with and async for on user classes whose methods await the event loop.
import asyncio

class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.005)
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with Resource("r1") as r:
        print("body", r.name)
    async with Resource("r2"):
        raise KeyError("swallowed")
    try:
        async with Resource("r3"):
            raise ValueError("kept")
    except ValueError as e:
        print("ValueError", e)
    async for i in Counter(3):
        print("item", i)

asyncio.run(main())
