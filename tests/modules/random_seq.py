import random
seq = ['a', 'b', 'c', 'd']
print(all(random.choice(seq) in seq for _ in range(50)), random.choice('z'), random.choice((7,)))
print(set(random.choice(range(3)) for _ in range(200)) == {0, 1, 2})
lst = list(range(20))
random.shuffle(lst)
print(sorted(lst) == list(range(20)), len(lst))
one = [5]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)
moved = 0
for _ in range(20):
    l = list(range(10))
    random.shuffle(l)
    moved += l != list(range(10))
print(moved > 15)
