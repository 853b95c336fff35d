from itertools import chain, islice
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['xy', 'z', []])))
print(list(chain.from_iterable([range(2), range(3)])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice('ab', 5)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for args in ((-1,), (0, -1), (0, 5, 0), ('a',)):
    try:
        islice('abc', *args)
    except ValueError as e:
        print(e)
