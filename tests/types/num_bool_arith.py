# bool is an int subclass: arithmetic on bools gives ints, & | ^ of two bools
# give bools, repr is True/False, and bools mix with ints, floats and complex.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


B = [True, False]
for a in B:
    for b in B:
        t(lambda: (a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a == b, a ** b, a << b, a >> b))
        t(lambda: (a // b, a % b, divmod(a, b)))
        t(lambda: a / b)
for a in B:
    t(lambda: (-a, +a, ~a, abs(a), int(a), float(a), complex(a), hash(a), str(a), repr(a), bool(a)))
    t(lambda: (a + 1, 1 + a, a * 2.5, 2.5 * a, a + 1j, a & 3, 3 | a, a ^ 2**70, a == 1, a == 1.0, 1.0 == a))
    t(lambda: (a.real, a.imag, a.numerator, a.denominator, a.conjugate(), a.bit_length(), a.as_integer_ratio()))
t(lambda: (True is bool(1), False is bool(0), bool(), bool([]), bool([0]), bool(0.0), bool(2**100), bool(-1)))
t(lambda: (type(True + True), type(True & True), type(True & 1), type(True * 1.0), type(-True), type(abs(False))))
t(lambda: (isinstance(True, int), issubclass(bool, int), True == 1, hash(True) == hash(1), {1: "a", True: "b"}))
t(lambda: sum([True, True, False, True]))
t(lambda: ["x", "y"][True])
t(lambda: True / False)
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
x = True
x += 1
print(x, type(x))
y = False
y |= True
print(y, type(y))
y ^= True
print(y, type(y))
y &= 5
print(y, type(y))
