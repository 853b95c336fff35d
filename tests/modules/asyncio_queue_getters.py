# Queue: several waiting getters are served in the order they started waiting.
import asyncio

async def getter(q, name):
    v = await q.get()
    print(name, "got", v)
    return v

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(q, n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    for v in (10, 20, 30):
        q.put_nowait(v)
    print(await asyncio.gather(*tasks))
    # A getter that times out leaves the queue usable.
    try:
        await asyncio.wait_for(q.get(), 0.02)
    except asyncio.TimeoutError:
        print("get timed out")
    q.put_nowait("after")
    print(await q.get())

asyncio.run(main())
