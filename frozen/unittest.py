# unittest: TestCase with the common assertions, skips, and main() running __main__'s tests.
# SPDX-License-Identifier: MIT

import sys


class SkipTest(Exception):
    pass


class _ExpectedFailure(Exception):
    pass


def skip(reason):
    def decorator(obj):
        if isinstance(obj, type):
            obj.__unittest_skip__ = True
            obj.__unittest_skip_why__ = reason
            return obj

        def skipped(*args, **kwargs):
            raise SkipTest(reason)
        skipped.__name__ = getattr(obj, '__name__', 'skipped')
        # Read by TestCase.run, so that setUp does not run for a skipped test.
        skipped.__unittest_skip_why__ = reason
        return skipped
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return lambda obj: obj


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return lambda obj: obj


def expectedFailure(func):
    def wrapper(*args, **kwargs):
        try:
            func(*args, **kwargs)
        except Exception:
            raise _ExpectedFailure()
        raise _UnexpectedSuccess()
    wrapper.__name__ = getattr(func, '__name__', 'wrapper')
    return wrapper


class _UnexpectedSuccess(Exception):
    pass


class _RaisesContext:
    def __init__(self, expected, test, msg=None):
        self.expected = expected
        self.test = test
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = getattr(self.expected, '__name__', str(self.expected))
            self.test.fail(self.msg or '%s not raised' % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        return True


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class TestCase:
    failureException = AssertionError
    longMessage = True

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName

    def __repr__(self):
        return '<%s testMethod=%s>' % (type(self).__name__, self._testMethodName)

    def id(self):
        return '%s.%s.%s' % (type(self).__module__, type(self).__name__, self._testMethodName)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def skipTest(self, reason):
        raise SkipTest(reason)

    def _msg(self, msg, standard):
        if msg is None:
            return standard
        return '%s : %s' % (standard, msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._msg(msg, '%s != %s' % (_safe_repr(first), _safe_repr(second))))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._msg(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._msg(msg, '%s is not true' % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._msg(msg, '%s is not false' % _safe_repr(expr)))

    def assertIs(self, first, second, msg=None):
        if first is not second:
            self.fail(self._msg(msg, '%s is not %s' % (_safe_repr(first), _safe_repr(second))))

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            self.fail(self._msg(msg, 'unexpectedly identical: %s' % _safe_repr(first)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._msg(msg, '%s is not None' % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._msg(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._msg(msg, '%s not found in %s' % (_safe_repr(member),
                                                             _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._msg(msg, '%s unexpectedly found in %s' % (_safe_repr(member),
                                                                      _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._msg(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._msg(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._msg(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._msg(msg, '%s not greater than or equal to %s'
                                % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._msg(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._msg(msg, '%s not less than or equal to %s'
                                % (_safe_repr(a), _safe_repr(b))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._msg(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (_safe_repr(first), _safe_repr(second),
                                                      places)
        self.fail(self._msg(msg, standard))

    def assertCountEqual(self, first, second, msg=None):
        a = list(first)
        b = list(second)
        lines = []
        seen = []
        for x in a + b:
            if x in seen:
                continue
            seen.append(x)
            na = a.count(x)
            nb = b.count(x)
            if na != nb:
                lines.append('First has %d, Second has %d:  %s' % (na, nb, _safe_repr(x)))
        if lines:
            self.fail(self._msg(msg, 'Element counts were not equal:\n' + '\n'.join(lines)))

    def assertRaises(self, expected, *args, **kwargs):
        ctx = _RaisesContext(expected, self, kwargs.pop('msg', None))
        if not args:
            return ctx
        func = args[0]
        if ctx.msg is None:
            name = getattr(expected, '__name__', str(expected))
            ctx.msg = '%s not raised by %s' % (name, getattr(func, '__name__', repr(func)))
        with ctx:
            func(*args[1:], **kwargs)
        return None

    def run(self, result=None):
        if result is None:
            result = TestResult()
        method = getattr(self, self._testMethodName)
        result.startTest(self)
        try:
            if getattr(type(self), '__unittest_skip__', False):
                raise SkipTest(getattr(type(self), '__unittest_skip_why__', ''))
            why = getattr(method, '__unittest_skip_why__', None)
            if why is not None:
                raise SkipTest(why)
            self.setUp()
            try:
                method()
            finally:
                self.tearDown()
        except SkipTest as e:
            result.addSkip(self, str(e))
        except _ExpectedFailure:
            result.addExpectedFailure(self, None)
        except _UnexpectedSuccess:
            result.addUnexpectedSuccess(self)
        except AssertionError as e:
            result.addFailure(self, e)
        except Exception as e:
            result.addError(self, e)
        else:
            result.addSuccess(self)
        return result

    __call__ = run


class TestResult:
    def __init__(self, stream=None, verbosity=1):
        self.errors = []
        self.failures = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self._stream = stream
        self._verbosity = verbosity

    def _out(self, text, short=None):
        if self._stream is None:
            return
        if self._verbosity > 1:
            self._stream.write(text)
        elif short is not None and self._verbosity == 1:
            self._stream.write(short)

    def startTest(self, test):
        self.testsRun += 1
        self._out('%s (%s.%s) ... ' % (test._testMethodName, type(test).__module__,
                                      type(test).__name__))

    def addSuccess(self, test):
        self._out('ok\n', '.')

    def addFailure(self, test, exc):
        self.failures.append((test, exc))
        self._out('FAIL\n', 'F')

    def addError(self, test, exc):
        self.errors.append((test, exc))
        self._out('ERROR\n', 'E')

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))
        self._out("skipped '%s'\n" % reason, 's')

    def addExpectedFailure(self, test, exc):
        self.expectedFailures.append((test, exc))
        self._out('expected failure\n', 'x')

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._out('unexpected success\n', 'u')

    def wasSuccessful(self):
        return not self.errors and not self.failures and not self.unexpectedSuccesses


def _test_names(cls):
    names = []
    for c in reversed(cls.__mro__):
        for name in c.__dict__:
            if name.startswith('test') and callable(getattr(cls, name)) and name not in names:
                names.append(name)
    names.sort()
    return names


def _run_classes(classes, stream, verbosity):
    result = TestResult(stream, verbosity)
    for cls in classes:
        names = _test_names(cls)
        if not names:
            continue
        skipped = getattr(cls, '__unittest_skip__', False)
        if not skipped:
            try:
                cls.setUpClass()
            except SkipTest as e:
                for name in names:
                    result.startTest(cls(name))
                    result.addSkip(cls(name), str(e))
                continue
            except Exception as e:
                result.errors.append((cls, e))
                continue
        for name in names:
            cls(name).run(result)
        if not skipped:
            try:
                cls.tearDownClass()
            except Exception as e:
                result.errors.append((cls, e))
    return result


def _describe(test):
    if isinstance(test, type):
        return 'setUpClass (%s.%s)' % (test.__module__, test.__name__)
    return '%s (%s.%s)' % (test._testMethodName, type(test).__module__, type(test).__name__)


def _report(result, stream):
    if result.testsRun and stream is not None:
        stream.write('\n')
    for kind, items in (('ERROR', result.errors), ('FAIL', result.failures)):
        for test, exc in items:
            stream.write('=' * 70 + '\n')
            stream.write('%s: %s\n' % (kind, _describe(test)))
            stream.write('-' * 70 + '\n')
            stream.write('%s: %s\n\n' % (type(exc).__name__, exc))
    stream.write('-' * 70 + '\n')
    stream.write('Ran %d test%s\n\n' % (result.testsRun, '' if result.testsRun == 1 else 's'))
    extra = []
    if result.failures:
        extra.append('failures=%d' % len(result.failures))
    if result.errors:
        extra.append('errors=%d' % len(result.errors))
    if result.skipped:
        extra.append('skipped=%d' % len(result.skipped))
    if result.expectedFailures:
        extra.append('expected failures=%d' % len(result.expectedFailures))
    if result.unexpectedSuccesses:
        extra.append('unexpected successes=%d' % len(result.unexpectedSuccesses))
    status = 'OK' if result.wasSuccessful() else 'FAILED'
    if extra:
        status += ' (%s)' % ', '.join(extra)
    stream.write(status + '\n')


def main(module='__main__', exit=True, verbosity=1):
    if isinstance(module, str):
        module = sys.modules[module]
    classes = []
    for name in dir(module):
        obj = getattr(module, name)
        if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase:
            classes.append(obj)
    stream = getattr(sys, 'stderr', None) or sys.stdout
    result = _run_classes(classes, stream, verbosity)
    _report(result, stream)
    if exit:
        sys.exit(not result.wasSuccessful())
    return result
