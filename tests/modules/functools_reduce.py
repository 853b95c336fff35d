from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [1, 2], 10), reduce(operator.mul, range(1, 6)))
print(reduce(lambda a, b: a + [b], 'abc', []), reduce(max, [3, 9, 2]), reduce(operator.add, [], 0))
print(reduce(operator.add, iter([5])))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
try:
    reduce(operator.add, 5)
except TypeError:
    print('TypeError')
