# time.gmtime, localtime and mktime: MicroPython's 8-tuples are the first 8
# fields of CPython's struct_time; the epoch is 1970 on every port.
import time

for secs in [0, 1, 86399, 86400, 951782400, 951868800, 1e9, 1234567890.9, 2**31, 2**31 + 1,
             -1, -86401, -2**31, 4102444800, 253402300799, 1709164800, 1709251200]:
    print(secs, tuple(time.gmtime(secs))[:8])

# localtime depends on the time zone: check that mktime inverts it instead.
for secs in [0, 10**9, 1234567890, 1700000000, 2**31 - 1]:
    print(secs, time.mktime(time.localtime(secs)) == secs)

print(type(time.mktime(time.localtime(0))).__name__)
print(len(tuple(time.gmtime())[:8]), len(tuple(time.localtime(None))[:8]))
for bad in [lambda: time.mktime(5), lambda: time.mktime((1, 2, 3)), lambda: time.gmtime("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError")
