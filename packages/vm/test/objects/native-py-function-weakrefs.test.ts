// Function objects that stand for CPython's Python-level functions (contextmanager's helper, warnings._warn_unawaited_coroutine) take weak references and have a __dict__ for attributes, as func_weakreflist and func_dict give a Python function. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "function objects written natively (contextmanager helpers, warnings._warn_unawaited_coroutine) take weak references and attributes",
    file: "native_function_weakrefs.py",
    source: "# function objects written natively (contextmanager helpers, warnings._warn_unawaited_coroutine) take weak references and attributes\nimport contextlib, warnings, weakref, gc\n@contextlib.contextmanager\ndef cm():\n    yield\nfor f in (cm, warnings._warn_unawaited_coroutine):\n    r = weakref.ref(f)\n    print(r() is f, weakref.getweakrefcount(f))\n    f.attr = 1\n    print(f.attr, f.__dict__, 'attr' in dir(f))\n    try:\n        f.__dict__ = 5\n    except TypeError as e:\n        print('TypeError', e)\n    try:\n        del f.__dict__\n    except TypeError as e:\n        print('TypeError', e)\n    f.__dict__ = {'b': 2}\n    print(f.b, vars(f))\n    del f.b\n    print(hasattr(f, 'b'))\ncm.self = cm\ndel cm\nprint(gc.collect() >= 0)\ndef made():\n    @contextlib.contextmanager\n    def inner():\n        yield\n    return inner\ni = made()\nw = weakref.ref(i, lambda r: print('callback'))\ndel i\nprint(w())\n",
    stdout: "True 1\n1 {'__wrapped__': <function cm at 0x?>, 'attr': 1} True\nTypeError __dict__ must be set to a dictionary, not a 'int'\nTypeError cannot delete __dict__\n2 {'b': 2}\nFalse\nTrue 1\n1 {'attr': 1} True\nTypeError __dict__ must be set to a dictionary, not a 'int'\nTypeError cannot delete __dict__\n2 {'b': 2}\nFalse\nTrue\ncallback\nNone\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("function objects written natively", CASES, [0, Number.POSITIVE_INFINITY]);
