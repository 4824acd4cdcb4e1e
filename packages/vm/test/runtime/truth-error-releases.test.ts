// Native code that tests the truth of a result it owns releases it when __bool__ raises, and a ContextDecorator's exit runs while the body's exception is handled, as in CPython 3.8 (checked with the refcount check). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a result whose __bool__ raises is released: all(), any(), ExitStack and ContextDecorator exits, inspect predicates and unwrap's stop",
    file: "truth_error_releases.py",
    source: "# a result whose __bool__ raises is released: all(), any(), ExitStack and ContextDecorator exits, inspect predicates and unwrap's stop\nimport contextlib, inspect\nclass Bad:\n    def __bool__(self):\n        raise RuntimeError('no truth')\ndef attempt(label, f):\n    try:\n        f()\n    except RuntimeError as e:\n        print(label, type(e).__name__, e)\nattempt('all', lambda: all([2, Bad(), 6]))\nattempt('any', lambda: any([None, Bad()]))\nclass Exit:\n    def __enter__(self): return self\n    def __exit__(self, *a): return Bad()\ndef stack():\n    with contextlib.ExitStack() as s:\n        s.enter_context(Exit())\n        raise KeyError('k')\nattempt('ExitStack', stack)\nclass Deco(contextlib.ContextDecorator):\n    def __enter__(self): return self\n    def __exit__(self, *a): return Bad()\n@Deco()\ndef decorated():\n    raise KeyError('d')\nattempt('ContextDecorator', decorated)\nclass M:\n    x = 1\nattempt('getmembers', lambda: inspect.getmembers(M, lambda v: Bad()))\ndef inner(): pass\ndef outer(): pass\nouter.__wrapped__ = inner\nattempt('unwrap', lambda: inspect.unwrap(outer, stop=lambda f: Bad()))\nprint('done')\n",
    stdout: "all RuntimeError no truth\nany RuntimeError no truth\nExitStack RuntimeError no truth\nContextDecorator RuntimeError no truth\ngetmembers RuntimeError no truth\nunwrap RuntimeError no truth\ndone\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a ContextDecorator's __exit__ runs while the body's exception is being handled: sys.exc_info() sees it and an error from the exit chains to it",
    file: "context_decorator_handling.py",
    source: "# a ContextDecorator's __exit__ runs while the body's exception is being handled: sys.exc_info() sees it and an error from the exit chains to it\nimport contextlib, sys\nclass Bad:\n    def __bool__(self):\n        raise RuntimeError('no truth')\nclass Deco(contextlib.ContextDecorator):\n    def __init__(self, result): self.result = result\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        print('in exit', sys.exc_info()[0], a[0])\n        if self.result == 'raise':\n            raise ValueError('v')\n        return self.result\nfor result in (Bad(), 'raise', True, False, None):\n    @Deco(result)\n    def body():\n        raise KeyError('d')\n    try:\n        print('returned', body())\n    except Exception as e:\n        print('raised', repr(e), repr(e.__context__))\n    print('after', sys.exc_info())\n@Deco(None)\ndef fine():\n    print('body sees', sys.exc_info())\n    return 5\nprint(fine())\n",
    stdout: "in exit <class 'KeyError'> <class 'KeyError'>\nraised RuntimeError('no truth') KeyError('d')\nafter (None, None, None)\nin exit <class 'KeyError'> <class 'KeyError'>\nraised ValueError('v') KeyError('d')\nafter (None, None, None)\nin exit <class 'KeyError'> <class 'KeyError'>\nreturned None\nafter (None, None, None)\nin exit <class 'KeyError'> <class 'KeyError'>\nraised KeyError('d') None\nafter (None, None, None)\nin exit <class 'KeyError'> <class 'KeyError'>\nraised KeyError('d') None\nafter (None, None, None)\nbody sees (None, None, None)\nin exit None None\n5\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("results whose truth raises", CASES);
