# Lists mutated by the callbacks of the operation working on them.
l = [1, 2, 3]
class E:
    def __eq__(self, other):
        l.clear()
        return False
l = [1, 2, 3]
print(E() in l, l)
l = [E(), E(), E()]
print(l.count(1), l)
l = [E(), 2, 3]
try:
    l.index(9)
except ValueError as e:
    print(type(e).__name__)
l = [E(), 1]
try:
    l.remove(5)
except ValueError as e:
    print(type(e).__name__)
m = [1, 2, 3]
m.extend(m)
print(m)
m[1:2] = m
print(len(m))
m += m
print(len(m))
class Ext:
    def __iter__(self):
        for i in range(3):
            n.append(i)
            yield i
n = []
n.extend(Ext())
print(n)
print("alive")
