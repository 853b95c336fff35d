# assert raises AssertionError, with the optional message as its argument.
assert True
assert 1 == 1, "not raised"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
def checked(x):
    assert x >= 0, x
    return x
print(checked(5))
