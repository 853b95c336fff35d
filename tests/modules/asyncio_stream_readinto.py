# MicroPython's asyncio.Stream.readinto and read on a bytes stream with an ioctl method.
import asyncio

class ByteDev:
    def __init__(self, data):
        self.data = data

    def ioctl(self, req, arg):
        return arg & 1 if req == 3 else -1

    def read(self, n=-1):
        if n < 0:
            n = len(self.data)
        out = self.data[:n]
        self.data = self.data[n:]
        return out

async def main():
    s = asyncio.StreamReader(ByteDev(b"0123456789abc"))
    buf = bytearray(4)
    print(await s.readinto(buf), buf)
    print(await s.read(3))
    print(await s.readexactly(2))
    print(await s.read())
    print(await s.read(), await s.readinto(buf))
    try:
        await s.readexactly(1)
    except EOFError:
        print("EOFError")

asyncio.run(main())
