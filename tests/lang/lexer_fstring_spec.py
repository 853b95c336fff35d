# f-strings with simple format specs.
n = 42
f = 3.14159
s = "ab"
print(f"[{n:5}]")
print(f"[{s:5}]")
print(f"[{n:>8}]")
print(f"[{s:>8}]")
print(f"[{f:.3f}]")
print(f"[{n:04d}]")
print(f"[{-n:04d}]")
print(f"[{n:x}]")
print(f"[{255:x}]")
print(f"[{0:04d}]")
print(f"[{2.5:.3f}]")
print(f"[{-1.0005:.3f}]")
print(f"[{123456:5}]")
