# Handling exceptions inside loops and carrying on.
results = []
for x in [1, 0, "a", 4, None, 2]:
    try:
        results.append(12 // x)
    except ZeroDivisionError:
        results.append("zero")
    except TypeError:
        results.append("type")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("retry")
        break
    except RuntimeError:
        continue
print("attempts", attempts)
