# Lock: releasing an unlocked lock raises RuntimeError; a cancelled waiter does not keep it.
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.03)
        print("holder done")

async def waiter(lock, name):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0.01)
    w1.cancel()
    await h
    await asyncio.sleep(0.01)
    print(w1.cancelled(), w2.done(), lock.locked())

asyncio.run(main())
