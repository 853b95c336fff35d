# gather: cancelling the task that awaits gather cancels the children still running.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def parent():
    try:
        return await asyncio.gather(child("quick", 0), child("slow1", 1), child("slow2", 1))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.02)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("main saw cancel", p.cancelled())
    await asyncio.sleep(0.02)
    # A cancelled child with return_exceptions=True shows up as CancelledError.
    t = asyncio.create_task(child("victim", 1))
    async def killer():
        await asyncio.sleep(0.01)
        t.cancel()
        return "killed"
    res = await asyncio.gather(t, killer(), return_exceptions=True)
    print(type(res[0]).__name__, res[1])

asyncio.run(main())
