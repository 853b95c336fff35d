# Big and deeply nested patterns compile and run (the tokenizer limits nesting to 200).
for depth in [50, 100, 250]:
    src = "match x:\n case " + "[" * depth + "y" + "]" * depth + ": pass\n"
    try:
        exec(src, {"x": 1})
        print(depth, "ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(depth, type(e).__name__, e)
src = "match x:\n case " + " | ".join(str(i) for i in range(3000)) + ": print('found')\n"
exec(src, {"x": 2999})
src = "match x:\n case [" + ", ".join("a%d" % i for i in range(1000)) + "]: print(a999)\n"
exec(src, {"x": list(range(1000))})
src = "match x:\n case {" + ", ".join("%d: a%d" % (i, i) for i in range(500)) + "}: print(a499)\n"
exec(src, {"x": {i: i for i in range(500)}})
src = "match x:\n case " + " | ".join("[%s]" % ", ".join("a%d" % ((i + j) % 20) for j in range(20)) for i in range(20)) + ": print(a0, a19)\n"
exec(src, {"x": list(range(20))})
