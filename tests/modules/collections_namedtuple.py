from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p.y, P._fields, p._asdict(), p == (1, 2), isinstance(p, tuple))
print(p._replace(x=5), P._make([3, 4]), type(p).__name__, len(p), p[1], p[-1])
x, y = p
print(x + y, hash(p) == hash((1, 2)), p + (3,))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[9])
print(Q(1, 2), Q(1, 2, 3), Q._field_defaults, Q(c=1, b=2, a=3))
R = namedtuple('R', 'a, b')
print(R(1, 2), R._fields)
print(sorted([P(2, 1), P(1, 5), P(1, 2)]))
