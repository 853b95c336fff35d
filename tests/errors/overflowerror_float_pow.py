# OverflowError when a float power is too large; the message comes from the C library, so only the type is printed.
for base, exp in [(10.0, 400), (2.0, 2000), (-10.0, 401), (1e200, 2)]:
    try:
        print(base ** exp)
    except OverflowError as e:
        print(type(e).__name__)
try:
    pow(10.0, 500)
except OverflowError as e:
    print(type(e).__name__)
print(10.0 ** -400, 2.0 ** 1000 > 1e300)
