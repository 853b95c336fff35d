# After each handled error, execution carries on normally.
results = []
ops = [lambda: 1 // 0, lambda: [][1], lambda: {}["k"], lambda: int("z"), lambda: None + 1, lambda: "ok"]
for op in ops:
    try:
        results.append(op())
    except (ZeroDivisionError, IndexError, KeyError, ValueError, TypeError) as e:
        results.append(type(e).__name__)
print(results)
total = 0
for x in ["1", "2", "x", "4"]:
    try:
        total += int(x)
    except ValueError as e:
        print(type(e).__name__, e)
print(total)
