# MicroPython's asyncio.StreamReader(sys.stdin): readline waits through select.poll
# (the console has no input here: end of input, or nothing, so it times out).
import asyncio
import sys

async def main():
    reader = asyncio.StreamReader(sys.stdin)
    try:
        line = await asyncio.wait_for_ms(reader.readline(), 50)
        print("line is empty:", line == "")
    except asyncio.TimeoutError:
        print("line is empty:", True)
    # Other tasks run while the reader waits.
    async def other():
        for i in range(3):
            print("other", i)
            await asyncio.sleep_ms(1)
    t = asyncio.create_task(other())
    try:
        await asyncio.wait_for_ms(reader.read(10), 30)
    except asyncio.TimeoutError:
        pass
    await t
    print("done")

asyncio.run(main())
