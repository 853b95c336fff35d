from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])), list(accumulate([], initial=5)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate('abc')))
print(list(accumulate([1, 2, 3], lambda a, b: a - b, initial=0)))
