# memoryview attributes: format, itemsize, nbytes, ndim, shape, strides, contiguity, obj.
import array
for o in (b'hello', bytearray(3), array.array('h', [1, 2, 3]), array.array('d', [0.5]), b''):
    v = memoryview(o)
    print(v.format, v.itemsize, v.nbytes, v.ndim, v.shape, v.strides, v.suboffsets,
          v.readonly, v.contiguous, v.c_contiguous, v.f_contiguous, v.obj is o, len(v))
v = memoryview(b'abcdef')[::2]
print(v.shape, v.strides, v.contiguous, v.c_contiguous, v.nbytes)
v = memoryview(b'abcdef')[::-1]
print(v.shape, v.strides, v.contiguous)
print(memoryview(b'a')[::-1].contiguous, memoryview(b'')[::2].contiguous)
try:
    memoryview(b'x').format = 'B'
except AttributeError:
    print('AttributeError')
