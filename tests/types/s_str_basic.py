# str basics: literals, repr, len, concatenation, repetition, comparison, membership.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello"
print(s, len(s), repr(s))
print(repr(""), len(""))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"))
print(repr("\t\n\r\x00\x1f\x7f"))
print(repr("é\xa0\u200b\U0001f600 ü"))
print(repr("\u0378\ud7ff\ufeff\U000e0001"))
print("ab" + "cd", "ab" + "", "" + "cd")
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -5, repr("" * 100))
x = "é" * 4
print(x, len(x))
print("a" < "b", "ab" < "abc", "abc" < "abd", "b" > "abc", "a" <= "a", "a" >= "b")
print("é" > "z", "\U0001f600" > "\uffff", "Z" < "a")
print("ab" == "ab", "ab" != "ab", "ab" == "ba", "a" == 1, "a" != 1)
print("b" in "abc", "bc" in "abc", "" in "abc", "x" in "abc", "abcd" in "abc")
print("é" in "café", "fé" in "café")
print(hash("abc") == hash("ab" + "c"), hash("") == hash("" * 3))
d = {"key": 1}
k = "ke" + "y"
print(d[k], k in d)
print(bool(""), bool("a"), not "")
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" + None)
t(lambda: "a" * 1.5)
t(lambda: 1.5 * "a")
t(lambda: "a" * "b")
t(lambda: 1 in "abc")
t(lambda: "a" < 1)
t(lambda: "a" - "b")
t(lambda: -"a")
s = "abc"
s += "def"
print(s)
s *= 2
print(s)
acc = ""
for i in range(100):
    acc += str(i % 10)
print(acc, len(acc))
print(str(), str(""), str("x"), str(12), str(1.5), str(None), str([1, "a"]), str(True))
print(type("a").__name__, type(str(5)) is str, isinstance("a", str))
