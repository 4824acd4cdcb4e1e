// Interpreter tests for try/except/else/finally, re-raise and RAISE_VARARGS forms; expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe("try/except/else/finally, re-raise and RAISE_VARARGS forms", () => {
  it("try forms", () => {
    const source = `def t(x):
    try:
        if x: raise ValueError(x)
    except ValueError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
t(0); t(1)
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise
except KeyError as e:
    print('reraised', repr(e))
try:
    try:
        raise KeyError('k')
    finally:
        print('cleanup')
except KeyError:
    print('got it')
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self): print('inst')
try:
    raise E
except E as e:
    print(type(e).__name__, e.args)
`;
    const expected = `else
finally
except 1
finally
reraised KeyError('k')
cleanup
got it
No active exception to reraise
exceptions must derive from BaseException
exception causes must derive from BaseException
inst
E ()
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("chaining", () => {
    const source = `try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('v') from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('w')
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError('x') from None
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError('y') from KeyError
except TypeError as e:
    print(repr(e.__cause__))
import sys
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def r():
    try:
        raise ValueError('in r')
    except ValueError:
        return sys.exc_info()[1]
print(repr(r()), sys.exc_info()[0])
try:
    try:
        raise KeyError('a')
    finally:
        raise ValueError('b')
except ValueError as e:
    print(repr(e), repr(e.__context__))
`;
    const expected = `ZeroDivisionError('division by zero') ZeroDivisionError('division by zero') True
None ZeroDivisionError('division by zero') False
None None True
KeyError()
KeyError
(None, None, None)
ValueError('in r') None
ValueError('b') KeyError('a')
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });

  it("handler state", () => {
    const source = `import sys
def f():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise KeyError('b')
        except KeyError:
            pass
        print(repr(sys.exc_info()[1]))
        raise
try:
    f()
except ValueError as e:
    print('outer', repr(e))
try:
    try:
        raise ValueError(1)
    finally:
        print('fin', repr(sys.exc_info()[1]))
except ValueError:
    pass
def g():
    try:
        raise TypeError('t')
    except TypeError as e:
        return e
x = g()
print(repr(x), x.__traceback__ is not None)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError(1, 2)
except ValueError as e:
    print(e, e.args)
try:
    raise Exception().with_traceback(None) from ValueError('c')
except Exception as e:
    print(repr(e), repr(e.__cause__))
`;
    const expected = `ValueError('a')
outer ValueError('a')
fin ValueError(1)
TypeError('t') True
ValueError() ()
(1, 2) (1, 2)
Exception() ValueError('c')
`;
    expect(runPython(source)).toMatchObject({ output: expected, exitCode: 0 });
  });
});
