from collections import deque
d = deque()
for f in (d.pop, d.popleft):
    try:
        f()
    except IndexError as e:
        print(e)
d = deque([1, 2])
for i in (2, -3):
    try:
        d[i]
    except IndexError as e:
        print(e)
try:
    d.remove(7)
except ValueError:
    print('ValueError')
try:
    deque([], maxlen=-1)
except ValueError as e:
    print(e)
try:
    hash(deque())
except TypeError:
    print('TypeError')
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print(e)
