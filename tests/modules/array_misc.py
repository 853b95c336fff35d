import array
print(array.__name__, 'i' in array.typecodes, 'd' in array.typecodes)
a = array.array('i', [3, 1, 2])
print(a.itemsize, a.typecode, type(a.typecode).__name__)
try:
    a.typecode = 'd'
except AttributeError:
    print("AttributeError")
try:
    a.nosuch
except AttributeError:
    print("AttributeError nosuch")
big = array.array('b', [1]) * 10000
print(len(big), big.count(1), big[-1], len(big.tobytes()))
big2 = array.array('d')
for i in range(1000):
    big2.append(i / 4)
print(len(big2), big2[999], sum(big2))
addr, n = a.buffer_info()
print(n, addr != 0)
print(array.array('l', [1, -2]).tolist(), array.array('L', [3]).tolist())
