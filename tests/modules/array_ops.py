import array
print(array.array('i', [1, 2]) + array.array('i', [3]))
print(array.array('i', [1]) * 3, 3 * array.array('i', [1, 2]), array.array('i', [5]) * 0,
      array.array('i', [5]) * -2)
h = array.array('i', [1])
h2 = h
h += array.array('i', [2])
h *= 2
print(h, h2 is h)
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]))
print(array.array('i', [1, 2]) != array.array('i', [1, 2]))
print(array.array('i', [1, 2]) < array.array('i', [1, 3]), array.array('i', [2]) > array.array('i', [1, 9]))
print(array.array('i', [1]) <= array.array('i', [1]), array.array('b') == array.array('b'))
print(array.array('i', [1, 2]) == [1, 2], array.array('i') == (), array.array('i') != [])
for bad in ([1], array.array('h'), 1):
    try:
        array.array('i') + bad
    except TypeError as e:
        print("TypeError", e)
try:
    h += [1]
except TypeError as e:
    print("TypeError", e)
try:
    array.array('i') * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    array.array('i') < [1]
except TypeError:
    print("TypeError <")
