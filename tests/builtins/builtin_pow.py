# pow with two arguments matches **.
print(pow(2, 10), pow(2, 0), pow(0, 0), pow(-2, 3))
print(pow(2, 100), pow(10, 20))
print(pow(2, -1), pow(4, -2), pow(-2, -1))
print(pow(2.0, 3), pow(2, 0.5), pow(9, 0.5))
print(pow(0, 5), pow(1, 10 ** 6), pow(-1, 10 ** 6 + 1))
print(pow(True, 5), pow(3, True))
print(pow(3, 4), pow(-3, 4), pow(2 ** 10, 3))
