# Operator precedence and associativity from the grammar.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -2 ** -2)
print(~5 ** 2, not 1 == 2, not (1 == 2))
print(1 + 2 * 3 - 4 / 2 // 1 % 3)
print(1 | 2 ^ 3 & 4 << 1 >> 2)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2, 1 < 2 > 0)
x = 1
print(2 in [1, 2], 2 not in [1, 2], None is None, x is not None)
print(not 0 and 1 or 2, 0 or 0 and 1, 1 and 2 or 3)
print(1 if 0 else 2 if 0 else 3)
print(-(-3), +(+3), - - 3, ~~3)
print(10 - 5 - 2, 2 ** 2 ** 3, 100 // 10 // 3, 8 / 2 / 2)
print((1, 2) + (3,), [1] * 3, "ab" * 2)
print(3 * -1, 3 - -1, 3 + +1, 2 ** -(1))
print(1 < 2 == True, (1 < 2) == True)
x = 5
print(0 < x < 10 and x != 7)
print(not x in [1, 2], not x is None)
class M:
    def __matmul__(self, o):
        return "matmul"
print(M() @ M())
