# List slicing, slice assignment and slice deletion, extended slices included.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[1::3], l[::-1], l[8:2:-2], l[-3:], l[:-3], l[100:], l[-100:2])
print(l[5:2], l[::-3], l[-1:-5:-1], l[2:8:-1])
a = list(range(5))
a[1:3] = ["a", "b", "c"]
print(a)
a[1:4] = []
print(a)
a[0:0] = [7, 8]
print(a)
a[len(a):] = (9,)
print(a)
a[:] = "xyz"
print(a)
a[5:2] = [0]
print(a)
a[-1:] = range(3)
print(a)
a[1:3] = a
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
b[1:2:1] = [5, 6, 7]
print(b)
c = list(range(10))
del c[::2]
print(c)
c = list(range(10))
del c[::-3]
print(c)
c = list(range(10))
del c[2:5]
print(c)
del c[:]
print(c)
c = list(range(10))
del c[8:2:-2]
print(c)
c = list(range(10))
del c[5:2]
del c[100:]
print(c)
d = [1, 2, 3]
d[0:1] = {4: 0, 5: 0}
print(d)
d[::1] = [1]
print(d)
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def assign(i, v):
    def f():
        e = [1, 2, 3]
        e[i] = v
        return e
    return f
check(assign(slice(0, 1), 5))
check(assign(slice(None, None, 2), 5))
check(assign(slice(None, None, 2), [1]))
check(assign(slice(None, None, -1), [1, 2]))
check(assign(slice(None, None, 0), []))
check(assign(slice("a", None), []))
check(assign(5, 1))
check(assign(-4, 1))
check(assign("a", 1))
def delete(i):
    def f():
        e = [1, 2, 3]
        del e[i]
        return e
    return f
check(delete(3))
check(delete("a"))
check(delete(slice(None, None, 0)))
check(delete(slice(1, None, 5)))
