# str.startswith with strings, tuples and ranges.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""))
print(s.startswith(("x", "he")), s.startswith(("x", "y")))
print(s.startswith("world", 6), s.startswith("o", 4, 5))
print("".startswith(""), "".startswith("a"))
print("漢字".startswith("漢"), "é".startswith("e"))
print(s.startswith("hello world and more"))
