# bool values, their repr and the bool() conversion.
print(True, False, repr(True), str(False))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1))
print(bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(None))
print(type(True).__name__, isinstance(True, int), isinstance(1, bool))
print(True and False, True or False, not True)
print(True == 1, True is True, bool(2) is True)
print([True, False], (True,))
print(str(True) + "!", f"{False}")
