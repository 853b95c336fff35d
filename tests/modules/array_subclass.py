import array
class A(array.array):
    def first(self):
        return self[0]
a = A('i', [1, 2, 3])
print(type(a).__name__, a.first(), len(a), a[1:], list(a), a.tolist(), isinstance(a, array.array))
a.append(4); a.extend(A('i', [5])); a.extend(array.array('i', [6])); print(a.tolist(), a.typecode, a.itemsize)
b = a
a += array.array('i', [7]); print(type(a).__name__, a is b, a.tolist())
a *= 2; print(type(a).__name__, a is b, len(a))
print(a == array.array('i', a.tolist()), array.array('i', a.tolist()) == a, 3 in a, bytes(A('B', [1, 2])))
print((array.array('i', [1]) + A('i', [2])).tolist(), (A('i', [1]) + array.array('i', [2])).tolist())
x = array.array('i', [0, 0]); x[0:2] = A('i', [8, 9]); print(x)
print(array.array('i', A('i', [4, 5])), array.array('d', A('i', [4])))
print((A('i', [1]) * 2).tolist(), (2 * A('i', [1])).tolist())
print(type(a[:]).__name__, type(a + a).__name__, type(a * 2).__name__)
