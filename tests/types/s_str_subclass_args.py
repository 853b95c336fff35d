# Instances of subclasses of str, bytes, int and float as arguments to str/bytes methods and formatting.
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class I(int): pass
class F(float): pass
s = S("b"); e = S("é")
print(",".join([s, e, "x"]), "abc".find(s), s in "abc", "x" + s, s + "x", "x" == s, s == "b", {"b": 1}[s], "abc".split(s))
print("%s|%r|%5s" % (s, s, e), "{}{!r}".format(s, e), f"{s}{e:>3}", str(b"x", S("ascii")), "a".center(3, S("*")))
print("abc".startswith((S("a"),)), "a-b".replace(S("-"), S("+")), "abc".strip(S("a")), "aé".encode(S("utf-8")))
b = B(b"xy"); ba = BA(b"zz")
print(b"-".join([b, ba]), b"xyz".find(b), b in b"axyb", b"q" + b, ba + b, bytes(b), bytearray(ba), memoryview(b).tobytes(), b"%s" % b)
print(format(I(5), "03d"), format(F(2.5), ".2f"), "%d %f %x" % (I(7), F(1.5), I(255)), "{:>5}".format(I(3)), f"{F(0.5):%}")
print("ab" * I(2), b"ab" * I(2), "abc"[I(1)], "abc"[I(0):I(2)], len(S("héllo")), S("héllo")[1], hash(S("q")) == hash("q"))
print(S("abc").upper(), type(S("abc").upper()).__name__, S("a,b").split(","), S("  x ").strip(), repr(S("x")), str(S("y")))
