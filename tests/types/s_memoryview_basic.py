# memoryview over bytes and bytearray: indexing, slicing, writing through, conversions.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.itemsize, m.ndim, m.format)
print(m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[2:]), m.hex(), m[1:3].hex())
print(m == b"abcdef", m[1:3] == b"bc", m != b"x", list(m[4:]), m.obj)
ba = bytearray(b"hello")
w = memoryview(ba)
w[0] = 72
w[1:3] = b"EL"
w[::2] = b"xyz"
print(ba, w.readonly, len(w), w.tolist())
v = memoryview(w)
print(v.tobytes())
def setitem(x, i, v):
    x[i] = v
    return x.tobytes()
t(lambda: setitem(m, 0, 1))
t(lambda: m[10])
t(lambda: setitem(w, 0, 300))
t(lambda: setitem(w, slice(0, 2), b"abc"))
t(lambda: setitem(w, 1, 66))
t(lambda: memoryview("abc"))
t(lambda: memoryview(5))
with memoryview(b"xy") as r:
    print(r[0])
r.release()
t(lambda: r[0])
t(lambda: len(r))
print(hash(memoryview(b"ab")) == hash(b"ab"))
t(lambda: hash(memoryview(bytearray(b"ab"))))
