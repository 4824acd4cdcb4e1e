// functools.singledispatch's dispatch(cls) binds its arguments as CPython 3.8's Python function does (_PyEval_EvalCodeWithName's messages). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "singledispatch's dispatch(cls) binds its arguments as the Python function it is in CPython 3.8",
    file: "singledispatch_dispatch_args.py",
    source: "# singledispatch's dispatch(cls) binds its arguments as the Python function it is in CPython 3.8\nimport functools\nf = functools.singledispatch(len)\n@f.register\ndef _(x: int):\n    return 'int'\ndef t(g):\n    try:\n        print('ok', g())\n    except Exception as e:\n        print(type(e).__name__, e)\nt(lambda: f.dispatch())\nt(lambda: f.dispatch(int, 2))\nt(lambda: f.dispatch(cls=int).__name__)\nt(lambda: f.dispatch(x=int))\nt(lambda: f.dispatch(bool).__name__)\nt(lambda: f.dispatch(str))\nt(lambda: f(5))\nprint(f.dispatch)\n",
    stdout: "TypeError dispatch() missing 1 required positional argument: 'cls'\nTypeError dispatch() takes 1 positional argument but 2 were given\nok _\nTypeError dispatch() got an unexpected keyword argument 'x'\nok _\nok <built-in function len>\nok int\n<function singledispatch.<locals>.dispatch at 0x?>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("singledispatch dispatch arguments", CASES);
