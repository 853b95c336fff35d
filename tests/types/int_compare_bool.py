# bool compares as 0 and 1 against ints and floats.
print(True == 1, False == 0, True == 2)
print(True > 0, False < 1, True < 2)
print(True == 1.0, False == 0.0, True > 0.5)
print(1 in [True], 0 in [False], True in [1.0])
print(sorted([True, 0, -1, False, 2, 1]))
print(max(True, 0), min(False, -1))
print(True + 1 == 2, -True == -1)
