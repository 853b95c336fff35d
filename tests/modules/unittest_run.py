# The summary goes to sys.stderr (as in CPython), captured here; stdout shows what ran, in which order.
import unittest
log = []
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')
    def setUp(self):
        log.append('setUp')
    def tearDown(self):
        log.append('tearDown')
    def test_one(self):
        log.append('one')
        self.assertEqual(2 + 2, 4)
    def test_two(self):
        log.append('two')
    def helper(self):
        log.append('never')
    @unittest.skip('not now')
    def test_skipped(self):
        log.append('skipped ran')
    @unittest.skipIf(True, 'cond')
    def test_skipif(self):
        log.append('skipif ran')
    @unittest.skipUnless(True, 'cond')
    def test_skipunless(self):
        log.append('skipunless ran')
    @unittest.expectedFailure
    def test_xfail(self):
        log.append('xfail')
        self.assertEqual(1, 0)
@unittest.skip('whole class')
class B(unittest.TestCase):
    def test_b(self):
        log.append('B ran')
class Sink:
    def write(self, s):
        log.append(len(s) > 0)
    def flush(self):
        pass
import sys
saved = sys.stderr
sys.stderr = Sink()
if __name__ == '__main__':
    unittest.main(exit=False)
sys.stderr = saved
log = [x for x in log if x is not True]
print(log)
