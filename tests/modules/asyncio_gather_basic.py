# gather: results in argument order, with coroutines and tasks mixed.
import asyncio

async def value(v, turns):
    for _ in range(turns):
        await asyncio.sleep(0)
    print("finish", v)
    return v * 10

async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(value(1, 3), value(2, 0), value(3, 1)))
    t = asyncio.create_task(value(4, 2))
    print(await asyncio.gather(t, value(5, 0)))
    print(t.result())
    # Nested gathers.
    inner = asyncio.gather(value(6, 1), value(7, 0))
    print(await asyncio.gather(inner, value(8, 2)))

asyncio.run(main())
