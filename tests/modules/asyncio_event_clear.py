# Event.clear: later waiters block again; an event can be reused many times.
import asyncio

async def consumer(ev, log):
    for i in range(3):
        await ev.wait()
        ev.clear()
        log.append(i)
        print("consumed", i)

async def main():
    ev = asyncio.Event()
    log = []
    t = asyncio.create_task(consumer(ev, log))
    for i in range(3):
        await asyncio.sleep(0.01)
        print("produce", i, ev.is_set())
        ev.set()
    await t
    print(log, ev.is_set())
    ev.set()
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except asyncio.TimeoutError:
        print("still clear")

asyncio.run(main())
