# gather: the first error propagates; with return_exceptions=True errors are results.
import asyncio

async def ok(v, turns):
    for _ in range(turns):
        await asyncio.sleep(0)
    return v

async def bad(msg, turns):
    for _ in range(turns):
        await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    try:
        await asyncio.gather(ok(1, 0), bad("first", 1), bad("second", 2), ok(2, 3))
    except ValueError as e:
        print("caught", e)
    # Let the remaining children finish before going on.
    for _ in range(5):
        await asyncio.sleep(0)
    res = await asyncio.gather(ok(1, 1), bad("x", 0), ok(3, 2), return_exceptions=True)
    print(res[0], type(res[1]).__name__, res[1], res[2])
    res = await asyncio.gather(bad("only", 0), return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
