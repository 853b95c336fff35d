# A task cancelling itself gets CancelledError at its next await.
import asyncio

async def selfish():
    asyncio.current_task().cancel()
    print("still running after cancel()")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled at the await")
        raise
    print("not reached")

async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())
    me = asyncio.current_task()
    print(isinstance(me, asyncio.Task), me.done())

asyncio.run(main())
