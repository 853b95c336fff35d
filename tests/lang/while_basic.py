# while loops with counters and conditions that change inside the body.
i = 0
while i < 5:
    print(i)
    i += 1
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("steps", steps)
while False:
    print("never")
items = [1, 2, 3]
while items:
    print("pop", items.pop())
