# MicroPython's asyncio.wait_for_ms: timeout in milliseconds.
import asyncio

async def work(ms):
    await asyncio.sleep_ms(ms)
    return ms

async def main():
    print(await asyncio.wait_for_ms(work(5), 200))
    try:
        await asyncio.wait_for_ms(work(500), 20)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print(await asyncio.wait_for_ms(work(0), None))

asyncio.run(main())
