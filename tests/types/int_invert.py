# ~x == -x - 1 for all ints.
for n in [0, 1, -1, 255, -256, 2 ** 31, 2 ** 63 - 1, -(2 ** 63), 2 ** 100, -(2 ** 100)]:
    print(n, ~n, ~n == -n - 1, ~~n == n)
print(~True, ~False)
print(~(2 ** 62 - 1), ~(-(2 ** 62)))
print(~0 & 0xffffffff)
x = 0
x = ~x
print(x)
