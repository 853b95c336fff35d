# Indexes returned by string methods count code points.
s = "aé漢😀b漢"
print(s.find("b"), s.find("漢"), s.rfind("漢"))
print(s.index("😀"), s.count("漢"))
print(s.find("漢", 3), s.find("é", 2))
print(s[s.find("😀"):])
print("é".join(["a", "b"]).find("b"))
print(s.replace("漢", "x"), len(s.replace("漢", "")))
print(s.split("漢"))
