# Extremely long lines, identifiers and string literals in compiled source.
name = "v" * 100000
ns = {}
exec(name + " = 42", ns)
print(ns[name])
exec("s = '" + "x" * 200000 + "'", ns)
print(len(ns["s"]))
line = "t = [" + ", ".join(str(i) for i in range(20000)) + "]"
exec(line, ns)
print(len(ns["t"]), sum(ns["t"]))
exec("d = {" + ", ".join("%d: %d" % (i, i) for i in range(5000)) + "}", ns)
print(len(ns["d"]))
src = "\n" * 100000 + "z = 5"
exec(src, ns)
print(ns["z"])
try:
    exec("\n" * 50000 + "1 +", ns)
except SyntaxError as e:
    print(type(e).__name__, e.lineno)
print(eval(" " * 100000 + "7"[0:1].strip() or "7"))
print("alive")
