# Truth values of the built-in types.
values = [0, 1, -1, 0.0, 0.5, -0.0, "", "0", " ", [], [0], (), (0,), {}, {0: 0},
          None, True, False, range(0), range(1), 2 ** 100, b"", b"\x00"]
for v in values:
    if v:
        print(repr(v), "true")
    else:
        print(repr(v), "false")
print(bool(float("nan")))
