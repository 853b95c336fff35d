# Code with a very deep value stack (a call with 60000 arguments) run by exec()
# and as a class body at depths up to the recursion limit: each either runs or
# raises RecursionError; its frame never overruns the C stack.
def f(*a):
    return len(a)


CALL = "n = f(" + "1," * 60000 + ")"
CLASS = "class K:\n    " + CALL + "\n"
CALL = compile(CALL, "call", "exec")
CLASS = compile(CLASS, "class", "exec")


def plain(depth):
    return 0 if depth == 0 else plain(depth - 1)


def down(depth, src):
    if depth == 0:
        g = {"f": f}
        exec(src, g)
        return g["K"].n if "K" in g else g["n"]
    return down(depth - 1, src)


# The deepest plain recursion, found by doubling then bisecting.
lo, hi = 1, 2
while True:
    try:
        plain(hi)
        lo, hi = hi, hi * 2
    except RecursionError:
        break
while hi - lo > 1:
    mid = (lo + hi) // 2
    try:
        plain(mid)
        lo = mid
    except RecursionError:
        hi = mid
for src in (CALL, CLASS):
    results = set()
    for k in range(16):
        try:
            results.add(down(max(0, lo - k * 200), src))
        except RecursionError:
            results.add("RecursionError")
    print(results <= {60000, "RecursionError"}, 60000 in results)
print("alive")
