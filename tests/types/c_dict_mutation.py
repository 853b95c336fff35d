# Dicts changed during iteration or during key comparison never crash.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
check(grow)
def shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
check(shrink)
def swap_keys():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 1
check(swap_keys)
def change_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d
check(change_values)
def items_grow():
    d = {1: 1}
    for k, v in d.items():
        d[2] = 2
check(items_grow)
def values_clear():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.clear()
check(values_clear)
def reverse_grow():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[k + 5] = 0
check(reverse_grow)
it = iter({1: 1})
print(next(it), next(it, "end"))

class Key:
    def __init__(self, h, target=None):
        self.h = h
        self.target = target
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.target is not None:
            t = self.target
            self.target = None
            t.clear()
        return False
    def __repr__(self):
        return "Key(%d)" % self.h

d = {}
d[Key(5)] = "a"
k = Key(5, d)
d[k] = "b"
print(len(d), list(d.values()))
d = {Key(5): 1}
print(Key(5, d) in d, d)
d = {Key(7): 1, Key(7): 2}
print(len(d))
class Same:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Same)
d = {Same(): 1}
d[Same()] = 2
print(len(d), list(d.values()))
print({1: 1} == {True: 1}, {1.0: "x"}[1], {2: "y"}.get(2.0))
class Raiser:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        raise ArithmeticError("no eq")
r = {5: "five", Raiser(): "r"}
try:
    r[Raiser()]
except ArithmeticError as e:
    print("ArithmeticError", e)
print(r[5], len(r))
class BadHash:
    def __hash__(self):
        raise KeyError("hash")
try:
    {}[BadHash()] = 1
except KeyError as e:
    print("KeyError", e)
