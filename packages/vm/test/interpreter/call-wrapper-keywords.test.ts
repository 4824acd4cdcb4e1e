// A slot wrapper or method-wrapper called with a **mapping key that is not a str: its object is checked first, __call__ hands the dict on to its object's own call, and a slot that takes no keywords refuses them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "f.__call__(**{1: 1}) is refused in the words of f itself, as wrap_call hands the dict to f's tp_call",
    file: "wrapper_call_keywords.py",
    source: "# f.__call__(**{1: 1}) is refused in the words of f itself, as wrap_call hands the dict to f's tp_call\ndef f(*a, **k): return a, k\nclass C:\n    def __call__(self, **k): return k\ndef shown(fn):\n    try:\n        fn(**{1: 1})\n    except TypeError as e:\n        print(e)\nshown(f.__call__)\nshown(C().__call__)\nshown(C().__call__.__call__)\nshown(len.__call__)\nshown(C.__call__)\nshown(C)\nprint(f.__call__(1, b=2))\nfor args in ((f,), (C(),), ()):\n    try:\n        type(args[0] if args else f).__call__(*args, **{1: 1})\n    except TypeError as e:\n        print(e)\ntry:\n    type(f).__call__(**{'a': f, 1: 1})\nexcept TypeError as e:\n    print(e)\nfor fn, args in (((1).__add__, ()), (int.__add__, (1,)), (int.__add__, ()), (int.__add__, ('a',)), (object.__init__, ())):\n    try:\n        fn(*args, **{1: 1})\n    except TypeError as e:\n        print(e)\n",
    stdout: "f() keywords must be strings\n__call__() keywords must be strings\n__call__() keywords must be strings\nlen() takes no keyword arguments\n__call__() keywords must be strings\nC() takes no arguments\n((1,), {'b': 2})\nf() keywords must be strings\n__call__() keywords must be strings\ndescriptor '__call__' of 'function' object needs an argument\ndescriptor '__call__' of 'function' object needs an argument\nwrapper __add__() takes no keyword arguments\nwrapper __add__() takes no keyword arguments\ndescriptor '__add__' of 'int' object needs an argument\ndescriptor '__add__' requires a 'int' object but received a 'str'\ndescriptor '__init__' of 'object' object needs an argument\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("non-str keywords through slot wrappers", CASES);
