# Tasks spinning on sleep(0) beside gather, wait_for, await task, Event, Queue and Lock interleave as in CPython.
import asyncio
async def spin(tag, n=8):
    for i in range(n):
        print(tag, i)
        await asyncio.sleep(0)
async def x(v):
    await asyncio.sleep(0)
    return v
async def main():
    s = asyncio.create_task(spin("s1"))
    print(await asyncio.gather(x(1), x(2)))
    await s
    s = asyncio.create_task(spin("s2"))
    print(await asyncio.wait_for(x(3), 1))
    await s
    s = asyncio.create_task(spin("s3"))
    print(await asyncio.create_task(x(4)))
    await s
    s = asyncio.create_task(spin("s4"))
    print(await x(5))
    await s
    s = asyncio.create_task(spin("s5"))
    e = asyncio.Event()
    async def setter():
        await asyncio.sleep(0)
        e.set()
        print("set")
    asyncio.create_task(setter())
    await e.wait()
    print("event woke")
    await s
    s = asyncio.create_task(spin("s6"))
    q = asyncio.Queue()
    async def putter():
        await asyncio.sleep(0)
        q.put_nowait(1)
        print("put")
    asyncio.create_task(putter())
    print("q got", await q.get())
    await s
    s = asyncio.create_task(spin("s7"))
    lock = asyncio.Lock()
    await lock.acquire()
    async def locker():
        async with lock:
            print("locker in")
    t = asyncio.create_task(locker())
    await asyncio.sleep(0)
    lock.release()
    print("released")
    await t
    print("locker done")
    await s
asyncio.run(main())
