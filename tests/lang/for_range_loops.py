# for over ranges with starts, stops and steps, including negative ones.
print([i for i in range(5)])
print([i for i in range(2, 5)])
print([i for i in range(0, 10, 3)])
print([i for i in range(10, 0, -3)])
print([i for i in range(5, 5)])
print([i for i in range(5, 0)])
print([i for i in range(-5, 5, 2)])
print([i for i in range(-1, -10, -2)])
s = 0
for i in range(1000, 0, -1):
    s += i
print(s)
for i in range(3):
    i = 100
    print(i)
