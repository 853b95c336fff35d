import unittest
t = unittest.TestCase()
t.assertEqual(1, 1); t.assertNotEqual(1, 2); t.assertTrue([1]); t.assertFalse(0)
t.assertIs(None, None); t.assertIsNot(1, None); t.assertIsNone(None); t.assertIsNotNone(0)
t.assertIn(1, [1]); t.assertNotIn(2, [1]); t.assertIsInstance(1, int); t.assertNotIsInstance(1, str)
t.assertGreater(2, 1); t.assertGreaterEqual(2, 2); t.assertLess(1, 2); t.assertLessEqual(2, 2)
t.assertAlmostEqual(0.1 + 0.2, 0.3); t.assertNotAlmostEqual(1.0, 1.1); t.assertAlmostEqual(1.0, 1.05, delta=0.1)
t.assertCountEqual([1, 2, 1], [2, 1, 1]); t.assertCountEqual('ab', 'ba')
print('all passed')
