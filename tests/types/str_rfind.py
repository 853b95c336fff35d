# str.rfind returns the highest index or -1.
s = "hello world"
print(s.rfind("o"), s.rfind("l"), s.rfind("x"))
print(s.rfind(""), "".rfind(""))
print(s.rfind("o", 0, 5), s.rfind("o", 0, 4), s.rfind("l", 4))
print("aaaa".rfind("aa"), "abab".rfind("ab"))
print("漢字漢字".rfind("漢"), "é-é".rfind("é"))
print(s.rfind("h"), s.rfind("hello", 1))
