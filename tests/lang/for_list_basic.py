# for loops over lists, tuples, strings and ranges.
for x in [1, 2, 3]:
    print(x)
for c in "héllo":
    print(c, end=" ")
print()
for t in ():
    print("never")
total = 0
for n in range(101):
    total += n
print(total)
for item in [[1, 2], "ab", (3,)]:
    print(item, len(item))
print(x)
