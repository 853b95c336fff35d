# str.find, rfind, index, rindex, count, startswith, endswith with ranges.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

rng = (None, 0, 1, 2, -1, -2, 3, 5, 10, -10)
for s in ["abcabc", "éaébé", ""]:
    for sub in ["", "a", "b", "bc", "é", "éb", "abcabc", "x"]:
        print(repr(s), repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
        for a in rng:
            print([s.find(sub, a, b) for b in rng], [s.rfind(sub, a, b) for b in rng])
            print([s.count(sub, a, b) for b in rng])
            print([s.startswith(sub, a, b) for b in rng], [s.endswith(sub, a, b) for b in rng])
print("aaaa".count("aa"), "aaaaa".count("aa"), "ababab".count("aba"))
print("abc".startswith(("x", "a")), "abc".endswith(("x", "y")), "abc".startswith(()))
print("abc".index("c"), "abcabc".rindex("a"), "abcabc".index("b", 2))
t(lambda: "abc".index("z"))
t(lambda: "abc".rindex("z"))
t(lambda: "abc".index("a", 1))
t(lambda: "abc".find(1))
t(lambda: "abc".count(None))
t(lambda: "abc".startswith(1))
t(lambda: "abc".endswith(["a"]))
t(lambda: "abc".startswith(("a", 1)))
t(lambda: "abc".startswith((1, "a")))
t(lambda: "abc".find("a", 1.5))
t(lambda: "abc".find("a", "1"))
print("abc".find("c", True), "abc".find("a", None, None))
# Long haystacks use a skip table: make sure every position is found.
hay = "".join(chr(97 + (i * 7) % 26) for i in range(3000))
for n in (2, 3, 4, 7, 20, 100):
    for start in (0, 1, 500, 1234, 2900):
        needle = hay[start:start + n]
        print(n, start, hay.find(needle), hay.rfind(needle), hay.count(needle))
big = "a" * 5000 + "b"
print(big.find("a" * 50 + "b"), big.rfind("a" * 50 + "b"), big.find("b" + "a" * 10), big.count("aaaa"))
print(("ab" * 1000).rfind("ba" * 20), ("xy" * 2000 + "z").find("xyz"))
