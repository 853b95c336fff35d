# MicroPython's ThreadSafeFlag set from a micropython.schedule callback wakes the waiting task.
import asyncio
import micropython

flag = asyncio.ThreadSafeFlag()
fired = []

def callback(arg):
    fired.append(arg)
    flag.set()

async def waiter():
    await flag.wait()
    print("woken after callback", fired)

async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep_ms(5)
    print("scheduling")
    micropython.schedule(callback, 7)
    await asyncio.wait_for_ms(t, 500)
    print("done")

asyncio.run(main())
