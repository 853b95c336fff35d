import operator as op
print(op.eq(1, 1), op.ne(1, 1), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth(3), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.contains('abc', 'd'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
print(sorted([3, 1, 2], key=None, reverse=op.truth(1)))
try:
    op.lt(1, 'a')
except TypeError as e:
    print(e)
