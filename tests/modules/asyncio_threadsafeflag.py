# MicroPython's ThreadSafeFlag: set() wakes the waiting task, wait() clears the flag.
import asyncio

async def waiter(flag, log):
    for i in range(2):
        await flag.wait()
        log.append(i)
        print("flag seen", i)

async def main():
    flag = asyncio.ThreadSafeFlag()
    log = []
    t = asyncio.create_task(waiter(flag, log))
    await asyncio.sleep_ms(10)
    print("before set", log)
    flag.set()
    await asyncio.sleep_ms(10)
    flag.set()
    await t
    print(log)
    # set() before wait(): wait returns at once and clears the flag.
    flag.set()
    await flag.wait()
    print("immediate")
    flag.set()
    flag.clear()
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print("cleared flag times out")

asyncio.run(main())
