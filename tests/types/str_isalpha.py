# str.isalpha on ASCII strings.
for s in ["abc", "ABC", "aBc", "", "ab1", "a b", "a-b", "_", "Z"]:
    print(repr(s), s.isalpha())
print("abcdefghijklmnopqrstuvwxyz".isalpha())
print("abc\n".isalpha())
print("@".isalpha(), "[".isalpha(), "`".isalpha(), "{".isalpha())
letters = [c for c in "h3ll0 w0rld" if c.isalpha()]
print(letters)
