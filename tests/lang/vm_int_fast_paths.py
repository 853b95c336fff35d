# The VM's small-int fast paths at their edges: overflow into big ints,
# floor division and modulo signs, shifts, immediates, mixed float/int.
import sys
big = 2**63 - 1  # 64-bit CPython's sys.maxsize, fixed so 32-bit targets print the same
for a in (7, -7, 0, 2**61, -2**61, 2**62 - 1, -2**62):
    print(a + 1, a - 1, a * 3, a // 2, a % 5, a // -3, a % -3, a << 3, a >> 2, a & 6, a | 1, a ^ 5)
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (big, 1), (-big - 1, -1)):
    print(a + b, a - b, a * b, a // b, a % b, a < b, a <= b, a == b, a != b, a > b, a >= b)
x = 2**62 - 2
x += 1
x += 1
print(x, type(x).__name__)
y = -2**62 + 1
y -= 1
y -= 1
print(y)
print(1 << 62, 1 << 63, 3 << 61, -1 << 62, 5 >> 100, -5 >> 100)
print(2.5 * 2, 2.5 + 1, 1 - 0.5, 7 / 2, 7.0 // 2, -7.5 % 2, 3 < 3.5, 2**53 + 1 == 2.0**53)
s = "a"
s *= 3
l = [1]
l *= 2
l += [3]
print(s, l, "%d-%s" % (5, "x"), "%05d" % 42)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
n = 10
n //= 3
n %= 2
n <<= 4
n >>= 1
n |= 3
n &= 10
n ^= 15
n **= 2
print(n)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __iadd__(self, o):
        self.v += o * 10
        return self
    def __radd__(self, o):
        return "radd %r" % (o,)
k = Num(1)
k2 = k + 1
k += 1
print(k.v, k2.v, 5 + Num(0))
i = 0
for _ in range(3):
    i -= 2
print(i, -i, ~i, +i, abs(i))
