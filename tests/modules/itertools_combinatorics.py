from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', [0, 1])), list(product([0, 1], repeat=2)), list(product()))
print(list(product('ab', 'c', repeat=2)), list(product('ab', [])))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
try:
    list(combinations('abc', -1))
except ValueError as e:
    print(e)
