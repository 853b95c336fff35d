# Big products around and above the Karatsuba threshold, checked three ways:
# against CPython's digits, by exact division, and by commutativity.
state = 77


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11


def rbits(n):
    r = 1
    while n > 0:
        r = (r << 32) | (rnd() & 0xffffffff)
        n -= 32
    return r


for n in (32 * 39, 32 * 40, 32 * 41, 32 * 80, 32 * 81, 32 * 120, 32 * 200, 5000, 9000):
    for m in (n, n // 2 + 7, n // 3, 64, 32 * 45):
        a = rbits(n)
        b = rbits(m)
        p = a * b
        print(n, m, p % (2**61 - 1), p.bit_length(), hex(p)[-40:], hex(p)[:40])
        print(p == b * a, p // b == a, p % b == 0, p // a == b, (p + 1) % a == 1)
        sq = a * a
        print(sq == a ** 2, hex(sq)[-20:], sq.bit_length(), (sq - 1) // (a - 1) == a + 1)

# Factorials and powers whose decimal digits CPython prints.
f = 1
for i in range(1, 1001):
    f *= i
s = str(f)
print(len(s), s[:50], s[-300:])
print(str(3 ** 2000)[:60], len(str(3 ** 2000)))
print(hex(7 ** 5000)[:80], (7 ** 5000).bit_length())
x = 10 ** 4000 + 12345
print(str(x * x // x)[-20:], x * x // x == x)
