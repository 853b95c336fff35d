import operator as op
l = [1, 2, 3]
print(op.getitem(l, 1), op.getitem('abc', slice(1, None)))
op.setitem(l, 0, 9); print(l)
op.delitem(l, 1); print(l)
d = {}
op.setitem(d, 'k', 1); print(d, op.getitem(d, 'k'))
try:
    op.getitem(l, 10)
except IndexError as e:
    print(e)
try:
    op.delitem(d, 'zz')
except KeyError as e:
    print('KeyError', e)
