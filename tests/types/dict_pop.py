# pop removes a key and returns its value, or the default.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("z", "none"), d)
print(d.pop("a", "unused"), d)
print(d.pop("c"), d, len(d))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
e = {1: None}
print(e.pop(1), e)
