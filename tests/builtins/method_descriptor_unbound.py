# Built-in methods read from their class and called with self: checks and subclass instances.
class O(dict):
    pass
o = O(a=1, b=2)
print(dict.pop(o, 'a'), o)
print(dict.get(o, 'b'), list(dict.keys(o)))
try:
    dict.pop(1, 'a')
except TypeError as e:
    print(e)
class L(list):
    def __init__(self, *a):
        list.__init__(self, *a)
        self.extra = 1
l = L([3, 1, 2])
list.sort(l)
print(l, len(l), l.extra)
print(str.upper("abc"), str.join(",", ["a", "b"]))
class E(Exception):
    def __init__(self, msg):
        Exception.__init__(self, msg)
try:
    raise E("boom")
except E as e:
    print(e.args, str(e))
print(dict.pop)
print(int.__add__(2, 3) if hasattr(int, '__add__') else 5)
try:
    str.upper(5)
except TypeError as e:
    print(e)
print(bytes.fromhex("41"), dict.fromkeys("ab"))
