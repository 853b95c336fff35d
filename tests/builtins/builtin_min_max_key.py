# min and max with a key function; ties go to the first item.
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]))
print(min([-5, 3, -1], key=abs), max([-5, 3, -1], key=abs))
print(min("ab", "cd", "e", key=len), max("ab", "cd", "e", key=len))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
d = {"x": 5, "y": 9, "z": 1}
print(max(d, key=lambda k: d[k]), min(d, key=lambda k: d[k]))
