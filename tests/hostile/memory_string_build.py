# MemoryError while strings and bytes grow by doubling; then normal work.
s = "x"
try:
    while True:
        s = s + s
except MemoryError:
    print("MemoryError str")
print(len(s) > 1000, set(s[:100]))
del s
b = b"y"
try:
    while True:
        b *= 2
except MemoryError:
    print("MemoryError bytes")
del b
parts = []
try:
    while True:
        parts.append("z" * 100000)
        if len(parts) % 64 == 0:
            "".join(parts)
except MemoryError:
    print("MemoryError join")
del parts
print("-".join(["a", "b"]), "alive")
