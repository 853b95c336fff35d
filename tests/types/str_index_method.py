# str.index is find that raises ValueError when not found.
s = "abcabc"
print(s.index("b"), s.index("c"), s.index("abc"))
print(s.index("b", 2), s.index("", 3))
print(s.rindex("b"), s.rindex("abc"))
print("漢字é".index("é"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    s.index("a", 4)
except ValueError:
    print("not found after 4")
