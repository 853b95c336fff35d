# Turn-by-turn order of gather (errors, finished tasks), wait_for on a finished task, cancel.
import asyncio
async def spin(tag, n=10):
    for i in range(n):
        print(tag, i)
        await asyncio.sleep(0)
async def x(v, k=1):
    for _ in range(k):
        await asyncio.sleep(0)
    return v
async def bad(k):
    for _ in range(k):
        await asyncio.sleep(0)
    raise ValueError(k)
async def main():
    s = asyncio.create_task(spin("a"))
    try:
        await asyncio.gather(x(1, 3), bad(1))
    except ValueError as e:
        print("err", e)
    await s
    t = asyncio.create_task(x(2, 0))
    await asyncio.sleep(0)
    s = asyncio.create_task(spin("b"))
    print(await asyncio.gather(t))
    await s
    s = asyncio.create_task(spin("c"))
    print(await asyncio.wait_for(t, 1))
    await s
    s = asyncio.create_task(spin("e"))
    tt = asyncio.create_task(x(4, 3))
    await asyncio.sleep(0)
    tt.cancel()
    try:
        await tt
    except asyncio.CancelledError:
        print("cancelled")
    await s
    s = asyncio.create_task(spin("f"))
    print(await asyncio.gather(x(1, 2), x(2, 0), return_exceptions=True))
    await s
asyncio.run(main())
