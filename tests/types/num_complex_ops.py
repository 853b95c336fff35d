# complex: construction from numbers and strings, repr of every sign/zero/inf/nan
# combination, arithmetic with ints/floats/bools, ** (integer and complex
# exponents), abs, hash, equality with other numbers, and the errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


inf = float("inf")
nan = float("nan")
for re in (0.0, -0.0, 1.0, -2.5, 1e20, 1e-7, inf, -inf, nan):
    print([repr(complex(re, im)) for im in (0.0, -0.0, 1.0, -2.5, 1e16, 1e-5, inf, -inf, nan)])
for s in ["1+2j", "(1+2j)", " ( 1+2j ) ", "j", "-j", "+j", "2j", "1e3j", "1e+3j", "1-j", "inf+nanj", "1_0j", "(1)",
          "-1.5e-3-2.5e+3J", ".5j", "5.j", "1+j ", "NaNj", "-infj", "1 + 2j", "1+2", "(1+2j", "j1", "", "  ", "1e",
          "1+2jj", "()", "(j)", "1+-2j", "--1"]:
    t(lambda: complex(s))
t(lambda: complex())
t(lambda: complex(2))
t(lambda: complex(2.5, -1))
t(lambda: complex(1j, 1j))
t(lambda: complex(1 + 2j, 3))
t(lambda: complex(1, -0.0))
t(lambda: complex(-0.0, 0))
t(lambda: complex(True, 2**10))
t(lambda: complex(real=3, imag=4))
t(lambda: complex("1", 2))
t(lambda: complex(1, "2"))
t(lambda: complex([]))
t(lambda: complex(1, []))
vals = [0j, 1j, 1 + 2j, -3.5 + 0.5j, complex(1e300, 1e300), 2, -1.5, True, complex(0, -0.0)]
for a in vals:
    for b in vals:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        t(lambda: (a + b, a - b, a * b))
        t(lambda: a / b)
        t(lambda: a == b)
        t(lambda: a != b)
for a, b in [(1j, 2), (1 + 1j, -3), (2 + 3j, 0.5), (1j, 1j), (0j, 0), (0j, -1), (0j, 1j), (-8 + 0j, 1 / 3),
             (1e200j, 2), (2 + 0j, 101), (1.0001 + 0j, 1000), (1 + 1j, 150), (3, 1j), (2.0, 1 + 1j), (1j, 2.5)]:
    t(lambda: a ** b)
t(lambda: (-8) ** 0.5)
t(lambda: (-8.0) ** (1 / 3))
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: 1j < 2j)
t(lambda: abs(3 + 4j))
t(lambda: abs(complex(inf, nan)))
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: (1 + 2j).conjugate())
t(lambda: ((1 + 2j).real, (1 + 2j).imag, (5j).real))
t(lambda: (hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j), hash(complex(2**70, 0)) == hash(2**70)))
t(lambda: (1 + 0j == 1, 1j == 1, 2**53 + 1 == complex(2**53, 0), complex(2**53, 0) == 2**53, 0j == False))
t(lambda: (bool(0j), bool(1j), bool(complex(0, -0.0)), -(1 + 2j), +(1 - 2j)))
x = 1 + 1j
x += 1
x *= 2j
x -= 0.5
x /= 1 - 1j
x **= 2
print(x)
