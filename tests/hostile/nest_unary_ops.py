# Long chains of unary operators and binary operators built at run time.
print(eval("-" * 50 + "1"))
print(eval("not " * 51 + "True"))
print(eval("+".join(["1"] * 500)))
print(eval("*".join(["1"] * 300)))
print(eval(" and ".join(["1"] * 200)))
print(eval(" if 1 else ".join(["2"] * 50)))
try:
    eval("-" * 200000 + "1")
    print("ok")
except (RecursionError, MemoryError, SyntaxError) as e:
    print("error")
print("alive")
