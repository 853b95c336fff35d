# len() of ranges longer than 2**31 (up to sys.maxsize on 64-bit CPython) and past it.
import sys
for r in (range(2 ** 31), range(2 ** 40), range(-2 ** 40, 2 ** 40, 3), range(2 ** 62, 0, -1),
          range(0, 2 ** 63 - 1), range(10 ** 18, -10 ** 18, -7)):
    print(len(r), r[-1], r[len(r) // 2], bool(r))
for r in (range(2 ** 63), range(-2 ** 63, 2 ** 63), range(0, 2 ** 70, 2)):
    try:
        print(len(r))
    except OverflowError as e:
        print('OverflowError', e)
    print(r[-1], r.count(5), 2 ** 62 in r)
print(len(range(0, sys.maxsize)) == sys.maxsize if sys.maxsize == 2 ** 63 - 1 else True)
