# MicroPython's asyncio.StreamWriter on the console: write() buffers, drain() sends.
import asyncio
import sys

async def main():
    w = asyncio.StreamWriter(sys.stdout)
    w.write("first ")
    w.write("line\n")
    print("before drain")
    await w.drain()
    await w.drain()
    for i in range(3):
        w.write("part %d\n" % i)
        await w.drain()
    w.close()
    await w.wait_closed()
    print("closed")

asyncio.run(main())
