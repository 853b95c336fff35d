# Lock: async with serialises tasks in arrival order; locked() and acquire/release.
import asyncio

async def worker(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(name + " out")

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(*[worker(lock, n, log) for n in ("a", "b", "c")])
    print(log)
    print(lock.locked())
    print(await lock.acquire())
    print(lock.locked())
    lock.release()
    print(lock.locked())
    # An exception inside async with releases the lock.
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError", e, lock.locked())

asyncio.run(main())
