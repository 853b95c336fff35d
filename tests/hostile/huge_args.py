# Many arguments, many locals, many names in a call and in a def.
def f(*args, **kw):
    return len(args), len(kw)

print(f(*range(100000)))
print(f(**{"k%d" % i: i for i in range(5000)}))
src = "def g(" + ", ".join("a%d" % i for i in range(300)) + "):\n    return a0 + a299\n"
ns = {}
exec(src, ns)
print(ns["g"](*range(300)))
print(eval("f(" + ", ".join(str(i) for i in range(3000)) + ")", {"f": f}))
body = "\n".join("    x%d = %d" % (i, i) for i in range(2000))
exec("def h():\n" + body + "\n    return x0 + x1999\n", ns)
print(ns["h"]())
print("alive")
