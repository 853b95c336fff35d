# Duplicate literal keys are a SyntaxError; duplicate value keys a ValueError.
for s in ["match x:\n case {'a': 1, 'a': 2}: pass",
          "match x:\n case {True: 1, 1: 2}: pass",
          "match x:\n case {-0: 1, 0: 2}: pass",
          "match x:\n case {1.0: _, 1: _}: pass",
          "match x:\n case {b'k': _, 'k': _}: pass",
          "match x:\n case {None: _, 'None': _}: pass"]:
    try:
        compile(s, "<test>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)

class K:
    A = "a"
    B = "a"
try:
    match {"a": 1}:
        case {K.A: 1, K.B: 2}:
            pass
except ValueError as e:
    print("ValueError", e)

# Unhashable keys from value patterns raise TypeError.
class U:
    L = [1]
try:
    match {"a": 1}:
        case {U.L: 1}:
            pass
except TypeError as e:
    print("TypeError", e)
