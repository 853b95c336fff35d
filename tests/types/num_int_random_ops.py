# Property-style test: every int operator over operands from a fixed LCG,
# small and big, around the small-int and machine-word boundaries.
state = 20240607


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11


def rbits(n):
    r = 0
    while n > 0:
        k = 53 if n > 53 else n
        r = (r << k) | (rnd() & ((1 << k) - 1))
        n -= k
    return r


def operand():
    kind = rnd() % 7
    if kind == 0:
        v = rnd() % 201 - 100
    elif kind == 1:
        v = 2 ** (29 + rnd() % 4) + rnd() % 5 - 2
    elif kind == 2:
        v = 2 ** (61 + rnd() % 5) + rnd() % 5 - 2
    elif kind == 3:
        v = rbits(1 + rnd() % 200)
    elif kind == 4:
        v = rbits(1200 + rnd() % 2000)
    elif kind == 5:
        v = 2 ** (rnd() % 300) - rnd() % 2
    else:
        v = rbits(64 + rnd() % 64)
    if rnd() % 2:
        v = -v
    return v


def digest(x):
    # Small enough to print for huge values, sensitive to every bit.
    if -10**30 < x < 10**30:
        return x
    return (x % 1000000007, x.bit_length(), x % (2**61 - 1), x & 0xffffffff)


for i in range(220):
    a = operand()
    b = operand()
    out = [digest(a + b), digest(a - b), digest(a * b)]
    if b != 0:
        out.append(digest(a // b))
        out.append(digest(a % b))
        q, r = divmod(a, b)
        out.append(q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b))
    out.append(digest(a & b))
    out.append(digest(a | b))
    out.append(digest(a ^ b))
    out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    s = rnd() % 200
    out.append((digest(a << s), digest(a >> s)))
    out.append((digest(-a), digest(~a), digest(abs(a)), bool(a), hash(a) == hash(a + 0), hash(a) == hash(-(-a))))
    print(i, out)
