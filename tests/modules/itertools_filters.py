from itertools import starmap, takewhile, dropwhile, compress, filterfalse, pairwise
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [(), (1, 2, 3)])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(bool, [])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: True, [1, 2])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('ab', [1])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(7))))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
