from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(5, 2), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(10, -3), 4)))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(islice(repeat(7), 2)))
print(list(map(pow, range(4), repeat(2))))
