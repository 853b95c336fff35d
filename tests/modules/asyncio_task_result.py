# Task.done/result/exception before and after the task ends.
import asyncio

async def value():
    await asyncio.sleep(0)
    return 42

async def failing():
    await asyncio.sleep(0)
    raise IndexError("oops")

async def main():
    t = asyncio.create_task(value())
    print(t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    await t
    print(t.done(), t.result(), t.exception())
    f = asyncio.create_task(failing())
    try:
        await f
    except IndexError as e:
        print("IndexError", e)
    print(f.done(), type(f.exception()).__name__)
    try:
        f.result()
    except IndexError as e:
        print("result() raises", e)
    c = asyncio.create_task(value())
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        pass
    try:
        c.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises CancelledError")

asyncio.run(main())
