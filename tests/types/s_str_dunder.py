# Operator methods of str, bytes and bytearray, and str subclasses using super().
class S(str):
    def __eq__(self, o):
        return super().__eq__(o.lower() if isinstance(o, str) else o)
    def __hash__(self):
        return super().__hash__()
    def __len__(self):
        return super().__len__() * 10
s = S("abc")
print(s == "ABC", s != "x", len(s), hash(s) == hash("abc"), s + "d", s * 2, s[0], "b" in s, s < "b", list(s))
class U(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = U("hi")
print(u, type(u).__name__, u.lower(), str.__new__(str, 5))
print("a".__ne__(1), "a".__lt__(1), b"ab".__getitem__(0), bytearray(b"ab").__len__(), "x".__rmul__(3), "%s!".__mod__("y"))
b = bytearray(b"xy"); b.__setitem__(0, 65); b.__delitem__(1); print(b)
print(format("ab", "^6"), "ab".__format__(">4"))
print("abc".__len__(), "abc".__contains__("b"), "a".__add__("b"), "ab".__getitem__(1), "a".__mul__(3), "a".__eq__("a"))
print(str.join(",", ["a", "b"]), str.upper("x"), getattr("a", "upper")(), str.maketrans("a", "b"))
