# TypeErrors raised while matching class patterns.
class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["a"]
    a = 1

class BadElem:
    __match_args__ = ("a", 2)
    a = 1

class One:
    __match_args__ = ("a",)
    a = 1

not_a_class = 3

def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, "TypeError:", e)

def t1():
    match NoArgs():
        case NoArgs(1):
            pass
def t2():
    match ListArgs():
        case ListArgs(1):
            pass
def t3():
    match BadElem():
        case BadElem(1, 2):
            pass
def t4():
    match One():
        case One(1, 2):
            pass
def t5():
    match One():
        case One(1, a=1):
            pass
def t6():
    match 1:
        case not_a_class():
            pass
def t7():
    match 5:
        case int(1, 2):
            pass
def t8():
    match "s":
        case str(x, y):
            pass
def t9():
    # The subject is not an instance: no error, __match_args__ is never read.
    match 1:
        case ListArgs(1):
            pass

for i, f in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9], 1):
    attempt("t%d" % i, f)

# An error inside __eq__ of a value pattern propagates.
class Boom:
    def __eq__(self, other):
        raise RuntimeError("boom")
class V:
    B = 1
try:
    match Boom():
        case V.B:
            pass
except RuntimeError as e:
    print("RuntimeError", e)

# Attribute errors other than AttributeError propagate from class patterns.
class Bad:
    @property
    def v(self):
        raise KeyError("v")
try:
    match Bad():
        case Bad(v=1):
            pass
except KeyError as e:
    print("KeyError", e)
