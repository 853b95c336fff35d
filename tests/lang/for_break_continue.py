# break and continue inside for loops.
out = []
for i in range(20):
    if i % 3 == 0:
        continue
    if i > 13:
        break
    out.append(i)
print(out)
for c in "abcdef":
    if c == "d":
        break
    print(c)
evens = []
for n in range(10):
    if n % 2:
        continue
    evens.append(n)
print(evens)
for i in range(3):
    continue
print("last", i)
