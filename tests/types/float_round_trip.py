# str -> float -> str round trips, for many values.
vals = ["0.1", "0.5", "1.25", "3.14159", "2.5e-05", "1e+16", "6.02214076e+23",
        "1.7976931348623157e+308", "5e-324", "9.999999999999999e+22", "0.3", "123.456"]
for s in vals:
    x = float(s)
    print(s, repr(x), repr(x) == s, float(repr(x)) == x)
x = 1.0
for i in range(30):
    x = x * 1.7 + 0.3
    if float(repr(x)) != x:
        print("mismatch", i)
print(repr(x))
