# bytearray: construction, mutation, slice assignment, methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2]), bytearray("é", "utf-8"))
print(repr(bytearray(b"a'b")), repr(bytearray(b'a"b')), repr(bytearray(b"a'\"b")))
a = bytearray(b"hello")
a[0] = 72
a[-1] = ord("O")
print(a, a[0], a[1:3], len(a))
a.append(33)
a.extend(b"??")
a.extend([1, 2])
a.extend(bytearray(b"x"))
print(a)
a.insert(0, 60)
a.insert(100, 62)
a.insert(-1, 61)
print(a, a.pop(), a.pop(0), a)
a.remove(ord("?"))
print(a)
a.reverse()
print(a)
a[1:3] = b"XYZ"
print(a)
a[::2] = bytes(len(a[::2]))
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a)
a[0:0] = [7, 8]
a[len(a):] = b"end"
print(a)
a += b"++"
print(a)
b = a
b += b"!"
print(a is b, a)
c = a * 2
print(c, len(c))
a *= 2
print(len(a))
a.clear()
print(a, len(a), bool(a))
x = bytearray(b"abc")
x[1:2] = x
print(x)
x.extend(x)
print(x)
print(bytearray(b"a,b").split(b","), bytearray(b"ab").upper(), bytearray(b" x ").strip(), bytearray(b"ab").hex())
print(bytearray(b"ab") == b"ab", bytearray(b"ab") + b"c", b"c" + bytearray(b"ab"), 97 in bytearray(b"a"))
print(list(bytearray(b"ab")), bytearray(b"abc").find(b"c"), bytearray(b"abc").decode())
print(bytearray(b"abc").copy(), bytearray(b"abc")[::-1])
def setitem(v):
    y = bytearray(b"a")
    y[0] = v
    return y
t(lambda: setitem(256))
t(lambda: setitem(-1))
t(lambda: setitem("a"))
t(lambda: setitem(255))
t(lambda: bytearray(b"a")[5])
t(lambda: hash(bytearray()))
t(lambda: bytearray(b"abc").pop(5))
t(lambda: bytearray().pop())
t(lambda: bytearray(b"a").remove(5))
t(lambda: bytearray(b"a").index(5))
t(lambda: bytearray(b"ab").insert(0, 300))
t(lambda: bytearray(b"ab").extend([1, "a"]))
t(lambda: bytearray(b"ab").extend(1))
t(lambda: bytearray(b"ab").append("a"))
t(lambda: bytearray(b"a") + 1)
def setslice(v):
    y = bytearray(b"abc")
    y[0:3:2] = v
    return y
t(lambda: setslice(b"xyz"))
t(lambda: setslice(b"xy"))
def setslice2(v):
    y = bytearray(b"abc")
    y[0:2] = v
    return y
t(lambda: setslice2(5))
t(lambda: setslice2("ab"))
t(lambda: setslice2([300]))
t(lambda: setslice2(range(3)))
