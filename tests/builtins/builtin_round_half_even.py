# round sends exact halves to the even neighbour.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5]])
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(3.5, 0))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1))
print(round(150, -2), round(250, -2), round(350, -2))
print(round(2 ** 70 + 2 ** 69, -21))
