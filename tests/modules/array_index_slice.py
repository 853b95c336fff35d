import array
a = array.array('h', range(10))
print(a[2:7], a[::-1], a[::3], a[-3:], a[7:2:-2], a[100:], a[:], a[-100:2])
print(a[3], a[-10])
a[0] = 99
a[-1] = -99
print(a)
b = a[:]
b[0] = 0
print(a[0], b[0], a is b)
for i in (10, -11, 100):
    try:
        a[i]
    except IndexError as e:
        print("IndexError", e)
    try:
        a[i] = 1
    except IndexError as e:
        print("IndexError", e)
try:
    a["x"]
except TypeError:
    print("TypeError")
try:
    a[1.0]
except TypeError:
    print("TypeError")
