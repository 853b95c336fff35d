# exec, eval and compile with explicit and default namespaces.
x = 10
print(eval("x + 1"), eval("  2 * 3"), eval("[i for i in range(3)]"))
g = {"y": 4}
print(eval("y * y", g))
exec("z = y + 1", g)
print(g["z"])
loc = {}
exec("w = 7\nv = w * 2", {}, loc)
print(sorted(loc.items()))
exec("x = 99")
print(x)
code = compile("a + b", "<calc>", "eval")
print(eval(code, {"a": 1, "b": 2}))
code = compile("r = 5\n", "<prog>", "exec")
ns = {}
exec(code, ns)
print(ns["r"])
for bad in (lambda: eval("1 +"), lambda: compile("x", "f", "bogus"), lambda: exec("x", 5)):
    try:
        bad()
    except (SyntaxError, ValueError, TypeError) as e:
        print(type(e).__name__)
