# Assignment expressions where the grammar allows them.
if (n := 3) > 2:
    print("if", n)
data = [1, 2, 3, 0, 5]
i = 0
while (v := data[i]) != 0:
    i += 1
print("while stopped at", i, v)
print([y := 10, y + 1])
print({z := 1, z + 1})
print((w := 5, w * 2))
print([s for x in range(5) if (s := x * x) > 3])
print(s)
print(len(t := "abc"), t)
def f(a):
    return a
print(f(u := 9), u)
print(data[k := 1], k)
print(f"{(q := 4)} {q}")
assert (r := 1)
print(r)
print([last := x for x in range(3)], last)
