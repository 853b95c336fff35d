# Items of typed views: signed/unsigned ranges, floats, 'c' and '?', and bad values or types.
v8 = memoryview(bytearray(8))
for f, vals in (('B', (0, 255, 256, -1, 'x', 1.5, True)), ('b', (-128, 127, 128, -129)),
                ('h', (-32768, 32767, 32768, 2.0)), ('H', (65535, 65536, -1)),
                ('i', (-2**31, 2**31 - 1, 2**31)), ('I', (2**32 - 1, 2**32)),
                ('q', (-2**63, 2**63 - 1, 2**63, -2**63 - 1)), ('Q', (2**64 - 1, 2**64, -1)),
                ('f', (0.5, 1, -2.25, 'x', 1e300)), ('d', (1e300, -0.0, 3, None)),
                ('c', (b'z', b'', b'ab', 'a', 65)), ('?', (0, 5, '', 'x', None))):
    c = v8.cast(f)
    for x in vals:
        try:
            c[0] = x
            print(f, repr(x), c[0], c.tolist()[0])
        except Exception as e:
            print(f, repr(x), type(e).__name__, e)
