# Sorting is stable: equal keys keep their original order, also with reverse.
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
words = ["bb", "a", "cc", "d", "ee", "f"]
words.sort(key=len)
print(words)
n = [(i % 3, i) for i in range(12)]
n.sort(key=lambda t: t[0])
print(n)
