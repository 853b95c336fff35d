# `match` and `case` are soft keywords: still usable as names.
match = 1
case = 2
print(match, case)

def match(*args):
    return ("called", args)
print(match(1, 2))
print(match (3))

match = [10, 20, 30]
print(match[0], match [1:])
match[2] = 99
print(match)

class Obj:
    pass
match = Obj()
match.attr = "attribute"
print(match.attr)

match = 5
match += 1
print(match)
match: int = 7
print(match)
print(match * 2, match - 1, -match)

case = {"match": "dict"}
print(case["match"])

# A real match statement whose subject is the variable `match`.
match match:
    case 7:
        print("match is 7")

# case as a capture name inside a match.
match 8:
    case case:
        print("captured into case:", case)

# match/case as attribute and keyword-argument names.
def f(match=0, case=0):
    return match + case
print(f(match=1, case=2))
print([match for match in range(3)])
