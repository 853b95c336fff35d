import unittest
t = unittest.TestCase()
checks = [
    (t.assertEqual, (1, 2)), (t.assertNotEqual, ('a', 'a')), (t.assertTrue, (0,)), (t.assertFalse, ([1],)),
    (t.assertIs, (1, None)), (t.assertIsNone, (5,)), (t.assertIsNotNone, (None,)), (t.assertIn, (3, [1, 2])),
    (t.assertNotIn, (1, [1])), (t.assertGreater, (1, 2)), (t.assertGreaterEqual, (1, 2)), (t.assertLess, (2, 1)),
    (t.assertLessEqual, (3, 2)), (t.assertAlmostEqual, (1.0, 1.5)), (t.assertEqual, (1, 2, 'extra')),
    (t.assertCountEqual, ([1], [2])), (t.fail, ('boom',)), (t.assertNotIsInstance, (1, int)),
]
for f, args in checks:
    try:
        f(*args)
        print('no failure?')
    except AssertionError as e:
        print(type(e).__name__, e)
