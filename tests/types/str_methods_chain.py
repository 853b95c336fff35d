# String methods return new strings and can be chained.
s = "  Hello, World  "
print(s.strip().lower().replace(",", "").split(" "))
print("-".join(s.split()).upper())
print(s.strip().startswith("Hello") and s.strip().endswith("World"))
words = "The quick brown fox".lower().split()
print(words, " ".join(words).count("o"))
print("a,b;c".replace(";", ",").split(","))
print(s)
