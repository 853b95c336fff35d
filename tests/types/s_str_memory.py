# Huge sizes raise MemoryError/OverflowError instead of wrapping around.
def t(f):
    try:
        r = f()
        print(type(r).__name__, len(r))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)

t(lambda: "a" * (10**12))
t(lambda: "ab" * (2**62))
t(lambda: "a" * (10**30))
t(lambda: b"a" * (10**12))
t(lambda: b"ab" * (2**62))
t(lambda: bytearray(b"ab") * (2**62))
t(lambda: "x" * 1000)
t(lambda: "é" * 1000)
t(lambda: "ab".center(2**62))
t(lambda: "ab".zfill(2**62))
t(lambda: "ab".ljust(10**12))
t(lambda: "a".replace("", "x" * 1000, 1))
