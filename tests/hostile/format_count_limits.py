# Widths and precisions at CPython's 64-bit limits: the same errors on every machine
# (MemoryError for a width that cannot be met, ValueError past 2**63 or INT_MAX).
for spec in ("{:9223372036854775807}", "{:9223372036854775808}", "{:.9223372036854775807}", "{:.9223372036854775808}", "{:.5000000000}", "{:.3000000000f}", "{:.2147483648}"):
    for v in ("abc", 1.5, 7):
        try:
            r = spec.format(v)
            print(spec, repr(r)[:20])
        except (ValueError, MemoryError, OverflowError, TypeError) as e:
            print(spec, type(v).__name__, type(e).__name__, e)
for f in ("%9223372036854775807d", "%922337203685477580d", "%9223372036854775808d", "%.9223372036854775808f", "%.5000000000s", "%.3000000000f", "%.922337203685477580f", "%.100s"):
    try:
        r = f % (1.5 if "f" in f else ("abc" if "s" in f else 1))
        print(f, repr(r)[:20])
    except (ValueError, MemoryError, OverflowError) as e:
        print(f, type(e).__name__, e)
print("alive")
