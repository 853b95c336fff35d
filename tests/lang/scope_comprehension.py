# Comprehension variables are local to the comprehension.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
d = {k: k * 2 for k in "ab"}
print(d)
k = "still here"
print(k)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
n = 3
print([[n * i + j for j in range(n)] for i in range(n)])
print([i for i in range(3) for _ in range(i)])
