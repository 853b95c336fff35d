# isalpha/isdigit/isdecimal/isnumeric/isspace/isprintable/isupper/islower per Unicode block (counts).
blocks = ((0, 0x80), (0x80, 0x100), (0x100, 0x800), (0x800, 0x1000), (0x1000, 0x2000), (0x2000, 0x3000),
          (0x3000, 0x4000), (0xa000, 0xb000), (0xd700, 0xd800), (0xe000, 0xe100), (0xf900, 0x10000),
          (0x10000, 0x11000), (0x11000, 0x12000), (0x16000, 0x17000), (0x1d000, 0x1e000),
          (0x1e000, 0x1f000), (0x1f000, 0x20000), (0x20000, 0x20100), (0xe0000, 0xe0200), (0x10fff0, 0x110000))
for lo, hi in blocks:
    counts = [0] * 11
    for c in range(lo, hi):
        ch = chr(c)
        for i, f in enumerate((ch.isalpha, ch.isdigit, ch.isdecimal, ch.isnumeric, ch.isspace,
                               ch.isprintable, ch.isupper, ch.islower, ch.istitle, ch.isalnum,
                               ch.isidentifier)):
            counts[i] += f()
    print(hex(lo), counts)
