import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.abs(2.5), op.invert(5), op.inv(0))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(32, 2))
print(op.add('a', 'b'), op.mul([1], 3), op.concat([1], [2]), op.index(7))
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    op.add(1, 'a')
except TypeError as e:
    print(e)
try:
    op.concat(1, 2)
except TypeError as e:
    print(e)
try:
    op.index(1.5)
except TypeError as e:
    print(e)
