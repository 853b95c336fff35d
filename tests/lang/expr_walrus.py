# Assignment expressions (:=) in conditions, loops and larger expressions.
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
while (x := len(data)) > 2:
    data.pop()
print(x, data)
print((y := 3) * y)
print(y)
values = [v for i in range(5) if (v := i * i) > 3]
print(values)
def f():
    if (z := 7):
        return z + 1
print(f())
total = 0
print([total := total + i for i in range(5)])
print(total)
