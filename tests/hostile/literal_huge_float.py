# Huge and tiny float literals and conversions.
print(float("1" + "0" * 400))
print(float("0." + "0" * 400 + "1"))
print(eval("1" + "0" * 400 + ".0"))
print(1e400, -1e400, 1e-400)
for s in ("1e99999999999999999999", "nan" * 1000, "1." + "5" * 10000):
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print("alive")
