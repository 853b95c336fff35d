# sorted with key and reverse.
words = ["Banana", "apple", "Cherry", "date"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted([-3, 2, -1, 0], key=abs))
print(sorted({"a": 3, "b": 1, "c": 2}.items(), key=lambda kv: kv[1]))
print(sorted(["10", "2", "33", "4"], key=int))
print(sorted([[1, 2], [3], []], key=len))
