# wait_for: cleanup in the cancelled coroutine runs before TimeoutError reaches the caller.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup start")
        await asyncio.sleep(0.01)
        print("cleanup end")

async def outer():
    try:
        await asyncio.wait_for(stubborn(), 0.02)
    except asyncio.TimeoutError:
        print("timed out after cleanup")

async def waiter_cancelled():
    # Cancelling the task that waits in wait_for cancels the inner one as well.
    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner cancelled")
            raise
    try:
        await asyncio.wait_for(inner(), 1)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    await outer()
    t = asyncio.create_task(waiter_cancelled())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("done", t.cancelled())

asyncio.run(main())
