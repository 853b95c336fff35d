# Task.cancel: of a sleeping task, of a task not started yet, and a task that catches it.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sleeper got CancelledError")
        raise

async def never_runs():
    print("this is never printed")

async def survivor():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("survivor caught it")
    await asyncio.sleep(0)
    return "survived"

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised", t.done(), t.cancelled())
    print(t.cancel())
    t = asyncio.create_task(never_runs())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", t.cancelled())
    t = asyncio.create_task(survivor())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
