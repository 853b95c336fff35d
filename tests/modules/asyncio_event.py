# Event: wait blocks until set, set wakes every waiter in order, wait returns True.
import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)
    return name

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "abc"]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print(ev.is_set())
    print(await asyncio.gather(*tasks))
    # Waiting on a set event does not block.
    print(await ev.wait())
    ev.set()
    print(ev.is_set())

asyncio.run(main())
