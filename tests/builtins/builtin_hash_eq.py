# hash agrees with equality across types (hash values are never printed).
print(hash(1) == hash(1.0), hash(True) == hash(1))
print(hash("abc") == hash("ab" + "c"))
print(hash((1, "a")) == hash((1.0, "a")))
print(hash(2 ** 100) == hash(2 ** 100), hash(-5) == hash(-5.0))
print(hash(None) == hash(None), hash(()) == hash(()))
print(type(hash("x")).__name__, type(hash(2 ** 100)).__name__)
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(1.5) == hash(1.5))
