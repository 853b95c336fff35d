import operator as op
l = [1]
r = op.iadd(l, [2]); print(r, l, r is l)
print(op.iadd(1, 2), op.isub(5, 2), op.imul(3, 3), op.itruediv(9, 2), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(2, 5), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 3), op.irshift(16, 2))
s = {1}
print(op.ior(s, {2}), s)
t = (1,)
print(op.iconcat(t, (2,)), t)
try:
    op.iconcat(1, 2)
except TypeError as e:
    print(e)
