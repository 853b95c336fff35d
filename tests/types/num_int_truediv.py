# int / int is the correctly rounded quotient even when the ints are huge,
# including halfway cases, subnormal results and overflow.
state = 5


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11


for i in range(150):
    a = rnd() ** (1 + rnd() % 18) + rnd() % 7
    b = rnd() ** (1 + rnd() % 18) + 1
    if rnd() % 3 == 0:
        a = -a
    print(repr(a / b), repr(b / a))
print(2**53 + 1 == float(2**53 + 1), (2**53 + 1) / 1, (2**54 + 3) / 2, (2**54 + 1) / 2)
print((2**1023 * 3) / 2**1022, 2**2000 / 2**1990, 1 / 2**1074, 1 / 2**1075, 3 / 2**1076)
print(-1 / 2**1075, (2**1075 + 1) / 2**2150, 10**300 / 10**600, 10**600 / 10**300)
print((2**64 - 1) / 3, 10**17 / 3, -(10**17) / 7, 0 / 10**50, 0 / -(10**50), -0 / 3)
for a, b in [(10**400, 1), (2**1024, 1), (2**1024 - 1, 1), (1, 0), (10**100, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    print((2**1024 - 2**970) / 1)
except OverflowError as e:
    print("OverflowError", e)
print(float(2**1024 - 2**971), float(2**1024 - 2**970 - 1), (2**1024 - 2**970 - 1) / 1)
try:
    print(float(2**1024 - 2**970))
except OverflowError as e:
    print("OverflowError", e)
