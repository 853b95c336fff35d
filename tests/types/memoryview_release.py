# release() and the context manager: a released view refuses every operation but == and repr.
with memoryview(b'xyz') as w:
    print(w.readonly, w.obj, w.tobytes())
print(repr(w)[:17])
for f in (len, bytes, lambda w: w[0], lambda w: w[0:1], lambda w: w.tolist(), lambda w: w.nbytes,
          lambda w: w.format, lambda w: w.itemsize, lambda w: w.shape, lambda w: w.readonly,
          lambda w: w.hex(), lambda w: w.cast('B'), lambda w: list(w), lambda w: w.obj,
          lambda w: w.__enter__()):
    try:
        print(f(w))
    except ValueError as e:
        print('ValueError', e)
print(w == w, w == b'xyz', w != b'xyz')
w.release()
v = memoryview(bytearray(b'ab'))
v.release()
v.release()
print(w == v)
