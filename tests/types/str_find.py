# str.find returns the lowest index or -1.
s = "hello world"
print(s.find("o"), s.find("world"), s.find("x"))
print(s.find(""), "".find(""), "".find("a"))
print(s.find("o", 5), s.find("o", 8), s.find("h", 1))
print(s.find("o", 0, 4), s.find("o", 0, 5))
print(s.find("l", -3), s.find("d", -1))
print("aé漢字b".find("字"), "aé漢字b".find("b"))
print("aaaa".find("aa"), "abab".find("ab", 1))
