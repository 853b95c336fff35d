import unittest
t = unittest.TestCase()
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
with t.assertRaises(LookupError):
    [][1]
t.assertRaises(KeyError, {}.__getitem__, 'k')
t.assertRaises(ValueError, int, 'x')
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print(e)
try:
    t.assertRaises(TypeError, lambda: None)
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(ValueError):
        raise KeyError('other')
except KeyError as e:
    print('KeyError passes through', e)
