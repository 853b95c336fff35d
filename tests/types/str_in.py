# Substring tests with in and not in.
s = "hello world"
print("world" in s, "World" in s, "o w" in s)
print("" in s, "" in "", "a" in "")
print("hello world!" in s, s in s)
print("lo" not in s, "xyz" not in s)
print("漢" in "漢字", "字漢" in "漢字", "é" in "café")
print("aaa" in "aa", "aa" in "aaa")
print("ab" in "a" + "b")
