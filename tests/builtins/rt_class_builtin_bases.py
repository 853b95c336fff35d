# Classes derived from built-in types keep the built-in behaviour.
class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, len(l), l[1], l.total(), isinstance(l, list), 3 in l)
print(l + [5], sorted(MyList([3, 1, 2])))
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
s = Stack("s")
s.append(1)
print(s.name, s, len(s))
class MyDict(dict):
    def __missing__(self, key):
        return 0
d = MyDict(a=1)
d["b"] = 2
print(d["a"], d["b"], sorted(d.keys()), len(d), "a" in d)
class MyInt(int):
    def double(self):
        return self * 2
i = MyInt(21)
print(i.double(), i + 1, i == 21, isinstance(i, int))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", len(s), str(s), s == "hi")
class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError("bad", 42)
except ValueError as e:
    print(type(e).__name__, e, e.args, e.code, isinstance(e, Exception))
