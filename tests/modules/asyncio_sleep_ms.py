# MicroPython's asyncio.sleep_ms: integer milliseconds, ordering by deadline, the optional result.
import asyncio
import time

order = []

async def napper(name, ms):
    await asyncio.sleep_ms(ms)
    order.append(name)

async def main():
    start = time.ticks_ms()
    await asyncio.sleep_ms(30)
    print("slept at least 30 ms:", time.ticks_diff(time.ticks_ms(), start) >= 30)
    await asyncio.gather(napper("c", 60), napper("a", 0), napper("b", 20))
    print(order)
    print(await asyncio.sleep_ms(0, "r"))

asyncio.run(main())
