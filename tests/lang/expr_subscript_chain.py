# Chained subscripts and calls in one expression.
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], m[0][1:])
d = {"a": [10, {"b": "deep"}]}
print(d["a"][1]["b"])
print(d["a"][1]["b"][1:3])
def f():
    return [lambda x: x * 2, lambda x: x + 1]
print(f()[0](5), f()[1](5))
print("abc"[1:][0])
print(list(range(10))[2:8][::2][1])
print((1, (2, (3, 4)))[1][1][0])
