from collections import namedtuple
P = namedtuple('P', 'x y')
for f in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2, z=3), lambda: P._make([1]),
          lambda: P(1, 2)._replace(z=1)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for names in ('a a', 'a _b', 'a def', '1a'):
    try:
        namedtuple('R', names)
    except ValueError as e:
        print(e)
try:
    namedtuple('R', 'a', defaults=[1, 2])
except TypeError as e:
    print(e)
p = P(1, 2)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
