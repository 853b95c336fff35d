# String comparison is by code point, lexicographic.
print("a" < "b", "a" < "ab", "ab" < "b", "" < "a")
print("Z" < "a", "a" < "á", "é" < "漢", "漢" < "😀")
print("abc" == "abc", "abc" != "abd", "abc" > "abb")
print("10" < "9", "abc" <= "abc", "abd" >= "abc")
print(sorted(["pear", "Apple", "apple", "banana", "é", "", "ab"]))
print(max("hello"), min("hello"))
print("a" * 3 == "aaa", "A" == "a")
