# Ranges are lazy and can be iterated many times.
r = range(4)
total = 0
for a in r:
    for b in r:
        total += a * b
print(total)
big = range(10 ** 12)
count = 0
for x in big:
    count += 1
    if count == 5:
        break
print(count, x)
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)))
print(list(zip(range(3), range(10, 13))))
