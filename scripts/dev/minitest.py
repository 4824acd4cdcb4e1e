"""A small stand-in for unittest, for running CPython's own Lib/test files on corosim (which has
no unittest) and on CPython 3.8 alike: copy it beside the adapted test file and
`import minitest as unittest`. Prints one line per test and a summary; a failure prints its
message, an error its exception type and message. Uses nothing but builtins, sys and warnings.
"""
import sys

__all__ = ['TestCase', 'main', 'skip', 'skipIf', 'skipUnless', 'expectedFailure', 'SkipTest']


class SkipTest(Exception):
    pass


class _Failure(AssertionError):
    pass


def skip(reason):
    def deco(f):
        f.__unittest_skip__ = reason
        return f
    return deco


def skipIf(cond, reason):
    return skip(reason) if cond else (lambda f: f)


def skipUnless(cond, reason):
    return skip(reason) if not cond else (lambda f: f)


def expectedFailure(f):
    f.__unittest_expecting_failure__ = True
    return f


class _Raises:
    def __init__(self, case, expected, pattern=None):
        self.case = case
        self.expected = expected
        self.pattern = pattern
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, tp, value, tb):
        name = getattr(self.expected, '__name__', str(self.expected))
        if tp is None:
            raise _Failure(f'{name} not raised')
        if not issubclass(tp, self.expected):
            return False
        self.exception = value
        if self.pattern is not None and not _search(self.pattern, str(value)):
            raise _Failure(f'"{self.pattern}" does not match "{value}"')
        return True


class _Warns:
    def __init__(self, case, category):
        self.case = case
        self.category = category

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self.warnings = self._cm.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, tp, value, tb):
        self._cm.__exit__(tp, value, tb)
        if tp is not None:
            return False
        for w in self.warnings:
            if issubclass(w.category, self.category):
                self.warning = w.message
                return False
        raise _Failure(f'{self.category.__name__} not triggered')


def _search(pattern, text):
    """A substring test after dropping regex escapes and anchors (no `re` on corosim). A real
    pattern is not matched: the text is printed instead, so the differential run compares it."""
    plain = pattern.replace('\\b', '').replace('\\', '').lstrip('^').rstrip('$')
    if any(c in plain for c in '.*+?[](){}|'):
        print(f'    [{pattern!r} against] {text}')
        return True
    return plain in text


class _SubTest:
    def __init__(self, case, params):
        self.case = case
        self.params = params

    def __enter__(self):
        return self

    def __exit__(self, tp, value, tb):
        if tp is None:
            return False
        if issubclass(tp, SkipTest):
            return False
        self.case._subfailures.append((self.params, tp, value))
        return True


class TestCase:
    maxDiff = None
    longMessage = True

    def __init__(self, name='runTest'):
        self._name = name
        self._cleanups = []
        self._subfailures = []

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, fn, *args, **kwargs):
        self._cleanups.append((fn, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            fn, args, kwargs = self._cleanups.pop()
            fn(*args, **kwargs)

    def subTest(self, msg=None, **params):
        return _SubTest(self, (msg, params))

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise _Failure(msg or 'fail')

    def _check(self, ok, default, msg):
        # default is a callable: the message is built only on failure, as unittest does
        if not ok:
            default = default()
            raise _Failure(f'{default} : {msg}' if msg else default)

    def assertEqual(self, a, b, msg=None):
        self._check(a == b, lambda: f'{a!r} != {b!r}', msg)

    assertEquals = assertListEqual = assertTupleEqual = assertDictEqual = assertSetEqual = assertEqual
    assertMultiLineEqual = assertSequenceEqual = assertEqual

    def assertNotEqual(self, a, b, msg=None):
        self._check(a != b, lambda: f'{a!r} == {b!r}', msg)

    def assertTrue(self, x, msg=None):
        self._check(bool(x), lambda: f'{x!r} is not true', msg)

    assert_ = assertTrue

    def assertFalse(self, x, msg=None):
        self._check(not x, lambda: f'{x!r} is not false', msg)

    def assertIs(self, a, b, msg=None):
        self._check(a is b, lambda: f'{a!r} is not {b!r}', msg)

    def assertIsNot(self, a, b, msg=None):
        self._check(a is not b, lambda: f'unexpectedly identical: {a!r}', msg)

    def assertIsNone(self, x, msg=None):
        self._check(x is None, lambda: f'{x!r} is not None', msg)

    def assertIsNotNone(self, x, msg=None):
        self._check(x is not None, lambda: 'unexpectedly None', msg)

    def assertIn(self, a, b, msg=None):
        self._check(a in b, lambda: f'{a!r} not found in {b!r}', msg)

    def assertNotIn(self, a, b, msg=None):
        self._check(a not in b, lambda: f'{a!r} unexpectedly found in {b!r}', msg)

    def assertIsInstance(self, x, cls, msg=None):
        self._check(isinstance(x, cls), lambda: f'{x!r} is not an instance of {cls!r}', msg)

    def assertNotIsInstance(self, x, cls, msg=None):
        self._check(not isinstance(x, cls), lambda: f'{x!r} is an instance of {cls!r}', msg)

    def assertGreater(self, a, b, msg=None):
        self._check(a > b, lambda: f'{a!r} not greater than {b!r}', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._check(a >= b, lambda: f'{a!r} not greater than or equal to {b!r}', msg)

    def assertLess(self, a, b, msg=None):
        self._check(a < b, lambda: f'{a!r} not less than {b!r}', msg)

    def assertLessEqual(self, a, b, msg=None):
        self._check(a <= b, lambda: f'{a!r} not less than or equal to {b!r}', msg)

    def assertAlmostEqual(self, a, b, places=None, msg=None, delta=None):
        if a == b:
            return
        if delta is not None:
            self._check(abs(a - b) <= delta, lambda: f'{a!r} != {b!r} within {delta!r} delta', msg)
        else:
            self._check(round(abs(a - b), 7 if places is None else places) == 0, lambda: f'{a!r} != {b!r} within places', msg)

    def assertNotAlmostEqual(self, a, b, places=None, msg=None, delta=None):
        if delta is not None:
            self._check(a != b and abs(a - b) > delta, lambda: f'{a!r} == {b!r} within delta', msg)
        else:
            self._check(a != b and round(abs(a - b), 7 if places is None else places) != 0, lambda: f'{a!r} == {b!r} within places', msg)

    def assertCountEqual(self, a, b, msg=None):
        a, b = list(a), list(b)
        ok = len(a) == len(b)
        if ok:
            rest = list(b)
            for x in a:
                if x in rest:
                    rest.remove(x)
                else:
                    ok = False
                    break
        self._check(ok, lambda: f'element counts differ: {a!r} {b!r}', msg)

    @staticmethod
    def _apply(cm, args, kwargs):
        """The context manager itself, or (given a callable and its arguments) it around the call."""
        if not args:
            return cm
        fn, *rest = args
        with cm:
            fn(*rest, **kwargs)
        return cm

    def assertRaises(self, expected, *args, **kwargs):
        return self._apply(_Raises(self, expected), args, kwargs)

    def assertRaisesRegex(self, expected, pattern, *args, **kwargs):
        return self._apply(_Raises(self, expected, pattern), args, kwargs)

    assertRaisesRegexp = assertRaisesRegex

    def assertWarns(self, category, *args, **kwargs):
        return self._apply(_Warns(self, category), args, kwargs)

    def assertWarnsRegex(self, category, pattern, *args, **kwargs):
        return self.assertWarns(category, *args, **kwargs)

    def assertRegex(self, text, pattern, msg=None):
        self._check(_search(pattern, text), lambda: f'{pattern!r} not found in {text!r}', msg)

    def _run(self):
        method = getattr(self, self._name)
        reason = getattr(method, '__unittest_skip__', None) or getattr(type(self), '__unittest_skip__', None)
        if reason is not None:
            return f'skipped {reason!r}'
        expecting = getattr(method, '__unittest_expecting_failure__', False)
        outcome = 'ok'
        try:
            self.setUp()
            try:
                method()
            finally:
                self.tearDown()
        except SkipTest as e:
            outcome = f'skipped {str(e)!r}'
        except _Failure as e:
            outcome = f'FAIL: {e}'
        except AssertionError as e:
            outcome = f'FAIL: {e}'
        except Exception as e:
            outcome = f'ERROR: {type(e).__name__}: {e}'
        try:
            self.doCleanups()
        except Exception as e:
            outcome = f'ERROR in cleanup: {type(e).__name__}: {e}'
        for params, tp, value in self._subfailures:
            outcome += f'\n    subtest {params!r}: {tp.__name__}: {value}'
        if expecting:
            outcome = 'expected failure' if outcome != 'ok' else 'unexpected success'
        return outcome


def _cases(namespace):
    for value in list(namespace.values()):
        if isinstance(value, type) and issubclass(value, TestCase) and value is not TestCase:
            yield value


def main(module='__main__', verbosity=1, exit=False, argv=None):
    namespace = sys.modules[module].__dict__ if isinstance(module, str) else module.__dict__
    counts = {'ok': 0, 'fail': 0, 'skip': 0}
    for cls in _cases(namespace):
        names = sorted(n for n in dir(cls) if n.startswith('test') and callable(getattr(cls, n)))
        if not names:
            continue
        try:
            cls.setUpClass()
        except SkipTest as e:
            print(f'{cls.__name__} skipped {str(e)!r}')
            continue
        for name in names:
            outcome = cls(name)._run()
            print(f'{cls.__name__}.{name} ... {outcome}')
            key = 'ok' if outcome in ('ok', 'expected failure') else 'skip' if outcome.startswith('skipped') else 'fail'
            counts[key] += 1
        cls.tearDownClass()
    print(f"ran {sum(counts.values())}: {counts['ok']} ok, {counts['fail']} failed, {counts['skip']} skipped")
