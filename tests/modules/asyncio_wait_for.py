# wait_for: the result when in time, TimeoutError and the inner task cancelled when late.
import asyncio

async def work(delay, v):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("work", v, "cancelled")
        raise
    return v

async def main():
    print(await asyncio.wait_for(work(0.01, "fast"), 1))
    try:
        await asyncio.wait_for(work(1, "slow"), 0.03)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    print(await asyncio.wait_for(work(0, "none"), None))
    # The inner error propagates.
    async def err():
        await asyncio.sleep(0)
        raise OSError("inner")
    try:
        await asyncio.wait_for(err(), 1)
    except OSError as e:
        print("OSError", e)
    # A task given to wait_for is cancelled on timeout too.
    t = asyncio.create_task(work(1, "task"))
    try:
        await asyncio.wait_for(t, 0.02)
    except asyncio.TimeoutError:
        print("task timeout", t.cancelled())
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
