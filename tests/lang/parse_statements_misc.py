# Simple statements: semicolons, del, assert, pass, global/nonlocal, augmented ops.
a = 1; b = 2; c = 3;
print(a, b, c)
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 2; x <<= 2; x >>= 1; x |= 1; x &= 15; x ^= 3
print(x)
y = 7.0
y /= 2
print(y)
if a: pass
while False: pass
for _ in (): pass
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
d = {"k": 1, "j": 2}
del (d["k"])
print(d)
z = 1
del z
try:
    z
except NameError:
    print("z deleted")
assert a == 1, "message"
try:
    assert a == 2, "a is not 2"
except AssertionError as e:
    print("assert:", e)
g = 0
def set_g():
    global g
    g = 5
set_g()
print(g)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
    inner(); inner()
    return v
print(outer())
print(1 + \
      2)
if (a and
        b):
    print("implicit join")
