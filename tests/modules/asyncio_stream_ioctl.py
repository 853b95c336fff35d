# MicroPython's asyncio.StreamReader over a stream object with ioctl: readline, read, readexactly.
import asyncio

class FakeStream:
    # Hands out its text a few characters at a time, as a slow serial line would.
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.avail = 0

    def feed(self, n):
        self.avail += n

    def ioctl(self, req, arg):
        if req == 3:
            if self.avail > 0 or self.pos >= len(self.text):
                return arg & 1
            return 0
        return -1

    def read(self, n=-1):
        if n < 0:
            n = len(self.text)
        n = min(n, self.avail, len(self.text) - self.pos)
        s = self.text[self.pos:self.pos + n]
        self.pos += n
        self.avail -= n
        return s

async def feeder(s):
    for _ in range(20):
        await asyncio.sleep_ms(2)
        s.feed(3)

async def main():
    s = FakeStream("hello world\nsecond line\nabcdefgh")
    f = asyncio.create_task(feeder(s))
    r = asyncio.StreamReader(s)
    print(repr(await r.readline()))
    print(repr(await r.readline()))
    print(repr(await r.readexactly(4)))
    rest = ""
    while True:
        part = await r.read(100)
        if not part:
            break
        rest += part
    print(repr(rest))
    print(repr(await r.readline()))
    await f

asyncio.run(main())
