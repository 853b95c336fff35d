from operator import itemgetter, attrgetter, methodcaller
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]), itemgetter('x')({'x': 5}))
print(list(map(itemgetter(0), rows)), itemgetter(slice(0, 2))('hello'))
class A:
    pass
a = A(); a.b = A(); a.b.c = 42; a.name = 'n'
print(attrgetter('name')(a), attrgetter('b.c')(a), attrgetter('name', 'b.c')(a))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b')('aa'))
print(methodcaller('get', 'k', 'dflt')({}))
try:
    attrgetter('nope')(a)
except AttributeError:
    print('AttributeError')
try:
    itemgetter(5)([1])
except IndexError as e:
    print(e)
try:
    attrgetter(1)
except TypeError as e:
    print(e)
