# pop removes and returns an item (the last one by default).
a = [1, 2, 3, 4, 5]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
print(a.pop(), a)
b = list(range(10))
out = []
while b:
    out.append(b.pop())
print(out)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
