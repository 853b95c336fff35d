# `s += t` on a str local may grow the str in place; every other reference
# to the old value must still see the old value.
class R(str):
    def __radd__(self, other):
        kept.append(other)
        return other

kept = []

def aliases():
    s = "a"
    t = s
    s += "b"
    u = s
    s += "c"
    lst = [s]
    s += "d"
    d = {"k": s}
    s += "e"
    tup = (s,)
    s += "f"
    print(s, t, u, lst, d, tup)

def returned():
    s = ""
    for i in range(3):
        s += str(i)
    return s

def via_locals():
    s = "x"
    s += "y"
    snap = locals()
    s += "z"
    print(s, snap["s"])

def via_radd():
    s = "p"
    s += "q"
    s += R("r")
    s += "s"
    print(s, kept)

def walrus():
    s = "a"
    s += (s := "b")
    s += "c"
    print(s)

def self_append():
    s = "ab"
    s += s
    s += s
    s += "!"
    print(s, len(s))

def unicode_append():
    s = ""
    for c in "héllo wörld €𝄞":
        s += c
        s += "·"
    print(s, len(s), s[3], s[-2:])

def with_cell():
    s = "c"
    def inner():
        return s
    s += "d"
    r = inner()
    s += "e"
    print(s, r, inner())

def in_generator():
    s = ""
    for i in range(4):
        s += str(i)
        yield s

def error_midway():
    s = "ok"
    try:
        s += 5
    except TypeError as e:
        print("TypeError", e)
    try:
        s += undefined_name
    except NameError:
        pass
    s += "!"
    print(s)

def rebound_type():
    s = "a"
    s += "b"
    s = [1]
    s += [2]
    s = 7
    s += 8
    s += 2 ** 70
    print(s)

def loop_items():
    words = ["ab", "cd"]
    for w in words:
        w += "!"
        w += "?"
    print(words, w)

def hashed():
    s = "ke"
    s += "y"
    d = {s: 1}
    s += "s"
    print(d, s, d.get("key"), hash("keys") == hash(s))

def big():
    s = ""
    for i in range(20000):
        s += "xy"
    t = s
    s += "z"
    print(len(s), len(t), s[-3:], t[-3:], s.count("xy"))

aliases()
print(returned(), returned())
via_locals()
via_radd()
walrus()
self_append()
unicode_append()
with_cell()
print(list(in_generator()))
error_midway()
rebound_type()
loop_items()
hashed()
big()
