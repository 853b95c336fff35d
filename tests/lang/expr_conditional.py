# Conditional expressions, nested and inside other expressions.
for x in [-5, 0, 5]:
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if True else 2)
print(1 if False else 2)
print((1 if False else 2) + 10)
print(1 if False else 2 + 10)
s = [x if x % 2 else -x for x in range(6)]
print(s)
f = lambda n: "even" if n % 2 == 0 else "odd"
print(f(3), f(4))
calls = []
r = calls.append("yes") if True else calls.append("no")
print(calls, r)
print("a" if "" else "b")
