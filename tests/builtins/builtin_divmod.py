# divmod returns (a // b, a % b).
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(0, 5), divmod(5, 5), divmod(4, 5))
print(divmod(2 ** 100, 3), divmod(-(2 ** 100), 7))
print(divmod(10 ** 30, 10 ** 15 + 1))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(divmod(True, 2))
q, r = divmod(12345, 100)
print(q, r)
