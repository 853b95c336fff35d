import array
for tc in 'bBhHiIqQ':
    for v in (2**64, -2**64, 2**63, 2**32, 2**31, -2**31 - 1, 2**15, -2**15 - 1, 2**16, 256,
              128, -1, -129):
        try:
            array.array(tc, [v])
            print(tc, v, "ok")
        except OverflowError as e:
            print(tc, v, "OverflowError", e)
a = array.array('B', [1, 2])
try:
    a[0] = 300
except OverflowError as e:
    print("OverflowError", e)
try:
    a.append(-1)
except OverflowError as e:
    print("OverflowError", e)
try:
    a.extend([3, 1000])
except OverflowError as e:
    print("OverflowError", e)
print(a)
print(array.array('b', [-128, 127]), array.array('B', [0, 255]), array.array('h', [-32768, 32767]),
      array.array('H', [65535]), array.array('i', [-2**31, 2**31 - 1]), array.array('I', [2**32 - 1]),
      array.array('q', [-2**63]), array.array('Q', [2**64 - 1]))
print(array.array('i', [True, False]))
