# sort with a key function.
words = ["banana", "Apple", "cherry", "date", "fig"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
pairs = [(1, "b"), (3, "a"), (2, "c")]
pairs.sort(key=lambda p: p[1])
print(pairs)
nums = [-3, 1, -2, 4]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: -n)
print(nums)
s = ["10", "9", "100"]
s.sort(key=int)
print(s)
