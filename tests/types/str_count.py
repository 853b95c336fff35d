# str.count counts non-overlapping occurrences.
s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("x"))
print(s.count(""), "".count(""), "".count("a"))
print("aaaa".count("aa"), "aaaaa".count("aa"))
print(s.count("a", 2), s.count("a", 2, 4), s.count("a", -2))
print("漢字漢".count("漢"), "ééé".count("é"))
print("a b c".count(" "))
