// contextlib's context managers bind __init__ and __exit__ arguments as Lib/contextlib.py's Python methods do. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "contextlib's suppress, nullcontext, closing and redirect_stdout bind their __init__ arguments as Python functions; suppress.__exit__ checks with issubclass",
    file: "contextlib_init_args.py",
    source: "# contextlib's suppress, nullcontext, closing and redirect_stdout bind their __init__ arguments as Python functions; suppress.__exit__ checks with issubclass\nimport contextlib\ndef t(f):\n    try:\n        print(repr(f()).split(' at ')[0])\n    except TypeError as e:\n        print('TypeError', e)\nt(lambda: contextlib.suppress(x=1))\nt(lambda: contextlib.suppress(KeyError, ValueError).__exit__(KeyError, KeyError(), None))\nt(lambda: contextlib.suppress(KeyError).__exit__(ValueError, ValueError(), None))\nt(lambda: contextlib.suppress(KeyError).__exit__(None, None, None))\nt(lambda: contextlib.suppress(KeyError).__exit__(1, 2, 3))\nt(lambda: contextlib.suppress(1).__exit__(KeyError, KeyError(), None))\nt(lambda: contextlib.suppress(KeyError).__exit__(KeyError))\nt(lambda: contextlib.suppress(KeyError).__exit__(exctype=KeyError, excinst=None, exctb=None))\nt(lambda: contextlib.suppress((KeyError, IndexError)).__exit__(IndexError, None, None))\nt(lambda: contextlib.nullcontext(1, 2))\nt(lambda: contextlib.nullcontext(enter_result=3).__enter__())\nt(lambda: contextlib.nullcontext(result=3))\nt(lambda: contextlib.closing())\nt(lambda: contextlib.closing(thing=1).__enter__())\nt(lambda: contextlib.closing(1, 2))\nt(lambda: contextlib.redirect_stdout())\nt(lambda: contextlib.redirect_stderr(new_target=None))\n",
    stdout: "TypeError __init__() got an unexpected keyword argument 'x'\nTrue\nFalse\nFalse\nTypeError issubclass() arg 1 must be a class\nTypeError issubclass() arg 2 must be a class or tuple of classes\nTypeError __exit__() missing 2 required positional arguments: 'excinst' and 'exctb'\nTrue\nTrue\nTypeError __init__() takes from 1 to 2 positional arguments but 3 were given\n3\nTypeError __init__() got an unexpected keyword argument 'result'\nTypeError __init__() missing 1 required positional argument: 'thing'\n1\nTypeError __init__() takes 2 positional arguments but 3 were given\nTypeError __init__() missing 1 required positional argument: 'new_target'\n<contextlib.redirect_stderr object\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("contextlib init arguments", CASES, [0, Number.POSITIVE_INFINITY]);
