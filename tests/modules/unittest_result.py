# Failures and errors are counted; main's summary (stderr) is not compared.
import unittest
class T(unittest.TestCase):
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        {}['k']
    def test_ok(self):
        pass
    def test_skip(self):
        self.skipTest('later')
r = unittest.TestResult()
for name in ('test_fail', 'test_error', 'test_ok', 'test_skip'):
    T(name).run(r)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), r.wasSuccessful())
print([type(t).__name__ for t, _ in r.failures], r.skipped[0][1])
try:
    raise unittest.SkipTest('why')
except unittest.SkipTest as e:
    print('SkipTest', e)
