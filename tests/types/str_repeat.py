# Repetition with *.
print("ab" * 3, 3 * "ab")
print(repr("ab" * 0), repr("ab" * -1), repr("" * 100))
print("é" * 3, "漢" * 2)
print(len("abc" * 1000))
print("-" * 20)
print(("a" + "b") * 2)
print("x" * True, repr("x" * False))
n = 4
print("*" * n, "=" * (n * 2))
