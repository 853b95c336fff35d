# chr and ord convert between characters and code points.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("\x00"))
print(chr(97), chr(65), chr(48), repr(chr(0)), repr(chr(10)))
print(ord("é"), ord("漢"), ord("😀"), ord("\U0010ffff"))
print(chr(233), chr(28450), chr(128512))
print(chr(0x10ffff) == "\U0010ffff", len(chr(0x10ffff)))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print([ord(c) for c in "aé漢😀"])
print(ord(chr(1114111)), ord(chr(127)), ord(chr(128)))
