# Case mapping over whole Unicode blocks: digests of upper/lower/casefold/title per block.
def digest(s):
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) % 1000003
    return h, len(s)
for lo, hi in ((0x80, 0x250), (0x250, 0x370), (0x370, 0x530), (0x530, 0x600), (0x10a0, 0x1100),
               (0x13a0, 0x1400), (0x1c80, 0x1cc0), (0x1d00, 0x1e00), (0x1e00, 0x2000), (0x2100, 0x2200),
               (0x2c00, 0x2d30), (0xa640, 0xa800), (0xab30, 0xabc0), (0xfb00, 0xfb20), (0xff00, 0xff60),
               (0x10400, 0x10500), (0x10c80, 0x10d00), (0x118a0, 0x11900), (0x16e40, 0x16ea0),
               (0x1e900, 0x1e960)):
    s = ''.join(chr(c) for c in range(lo, hi))
    print(hex(lo), digest(s.upper()), digest(s.lower()), digest(s.casefold()), digest(s.title()),
          digest(s.swapcase()))
