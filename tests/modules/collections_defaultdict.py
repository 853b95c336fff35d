from collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print(d, d.default_factory, dict(d), len(d), isinstance(d, dict))
c = defaultdict(int)
for ch in 'hello':
    c[ch] += 1
print(sorted(c.items()))
print(defaultdict(int, {'x': 1}), defaultdict(int, x=2))
n = defaultdict()
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
print(d.get('zz'), 'zz' in d)
print(d.__missing__('q'), sorted(d))
e = d.copy()
print(type(e).__name__, e == d, e.default_factory)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 3
print(nested['a']['b'])
