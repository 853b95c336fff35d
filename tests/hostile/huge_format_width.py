# str.format / f-strings / % with huge widths and precisions.
for spec in ("{:1000000000000}", "{:.1000000000000}", "{:99999999999999999999}",
             "{:0999999999999999999d}", "{:.99999999999999999999f}"):
    try:
        print(len(spec.format(1.5 if "f" in spec else 1)))
    except (ValueError, MemoryError, OverflowError) as e:
        print(spec, type(e).__name__)
try:
    "%1000000000000d" % 1
except (ValueError, MemoryError, OverflowError) as e:
    print("%", type(e).__name__)
try:
    format(1, "1000000000000")
except (ValueError, MemoryError, OverflowError) as e:
    print("format", type(e).__name__)
print(len("{:1000}".format(1)), len(f"{'x':>5000}"))
print("alive")
