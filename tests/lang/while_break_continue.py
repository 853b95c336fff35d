# break leaves the loop, continue skips to the next test.
i = 0
out = []
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    out.append(i)
print(out)
n = 0
while n < 10:
    n += 1
    if n < 8:
        continue
    print("n", n)
count = 0
while True:
    count += 1
    if count == 1000:
        break
print(count)
