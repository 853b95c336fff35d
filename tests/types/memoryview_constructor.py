# memoryview(): which objects export a buffer, the argument count, and views of views.
import array
for o in (b'ab', bytearray(b'cd'), array.array('i', [7]), memoryview(b'ef')):
    v = memoryview(o)
    print(type(o).__name__, v.tolist(), v.readonly)
for bad in ('str', 1, None, [1, 2], 1.5, object()):
    try:
        memoryview(bad)
    except TypeError as e:
        print('TypeError', e)
for args, kw in (((), {}), ((b'a', b'b'), {}), ((), {'object': b'xy'}), ((), {'obj': b'x'})):
    try:
        print(memoryview(*args, **kw).tobytes())
    except TypeError as e:
        print('TypeError', e)
v = memoryview(b'abcdef')
w = memoryview(v[1:5:2])
print(w.tobytes(), w.obj is v.obj, isinstance(v, memoryview), type(v).__name__)
