// Argument checks of slot wrappers (check_num_args, PyArg_UnpackTuple with an empty name, wrap_indexargfunc) and of super() (test_descr test_supers, test_list/test_dict wrapper calls). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sequence repetition wrappers (__mul__, __rmul__, __imul__) take an index, as wrap_indexargfunc does",
    file: "repeat_wrappers.py",
    source: "# sequence repetition wrappers (__mul__, __rmul__, __imul__) take an index, as wrap_indexargfunc does\nfor f in [lambda: [1].__mul__('a'), lambda: [1].__mul__(2), lambda: (1,).__rmul__(2), lambda: 'a'.__mul__(1.5), lambda: [1].__mul__(2**70), lambda: [1].__imul__('a')]:\n    try:\n        print(f())\n    except Exception as e:\n        print(type(e).__name__, e)\nfrom collections import deque\nfor f in [lambda: deque([1]).__mul__('a'), lambda: deque([1]).__imul__(2.0), lambda: 'ab'.__rmul__(2), lambda: b'x'.__mul__(), lambda: [1].__imul__(2, 3), lambda: [1].__rmul__(True)]:\n    try:\n        print(f())\n    except Exception as e:\n        print(type(e).__name__, e)\nx = [1, 2]\nx *= 2\nprint(x)\nclass I:\n    def __index__(self): return 2\nprint([1] * I(), I() * (1,), 'ab'.__mul__(I()))\n",
    stdout: "TypeError 'str' object cannot be interpreted as an integer\n[1, 1]\n(1, 1)\nTypeError 'float' object cannot be interpreted as an integer\nOverflowError cannot fit 'int' into an index-sized integer\nTypeError 'str' object cannot be interpreted as an integer\nTypeError 'str' object cannot be interpreted as an integer\nTypeError 'float' object cannot be interpreted as an integer\nabab\nTypeError  expected 1 argument, got 0\nTypeError  expected 1 argument, got 2\n[1]\n[1, 2, 1, 2]\n[1, 1] (1, 1) abab\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "super() refuses keyword arguments and more than two arguments, and names None as None",
    file: "super_arguments.py",
    source: "# super() refuses keyword arguments and more than two arguments, and names None as None\nclass A:\n    def f(self):\n        return 'A.f'\nclass B(A):\n    def f(self):\n        return 'B>' + super().f()\nfor args, kw in [((B,), {'kw': 1}), ((B, B()), {'kw': 1}), ((), {'kw': 1}), ((B, B(), 3), {}), ((None,), {}), ((None, 1), {}), ((1,), {})]:\n    try:\n        print(super(*args, **kw))\n    except TypeError as e:\n        print(type(e).__name__, e)\nprint(super(B, None))\nprint(super(B, B()).f(), B().f())\n",
    stdout: "TypeError super() takes no keyword arguments\nTypeError super() takes no keyword arguments\nTypeError super() takes no keyword arguments\nTypeError super() takes at most 2 arguments (3 given)\nTypeError super() argument 1 must be type, not None\nTypeError super() argument 1 must be type, not None\nTypeError super() argument 1 must be type, not int\n<super: <class 'B'>, NULL>\nA.f B>A.f\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "slot wrappers that unpack their arguments with PyArg_UnpackTuple(args, \"\") word the count error with an empty name",
    file: "wrapper_arg_counts.py",
    source: "# slot wrappers that unpack their arguments with PyArg_UnpackTuple(args, \"\") word the count error with an empty name\ndef t(label, f):\n    try:\n        r = f()\n        print(label, '->', repr(r))\n    except TypeError as e:\n        print(label, '!!', e)\nclass P:\n    x = property(lambda self: 1)\nt('list.__setitem__()', lambda: [].__setitem__())\nt('list.__setitem__(1)', lambda: [].__setitem__(1))\nt('dict.__setitem__(1)', lambda: {}.__setitem__(1))\nt('object.__setattr__(x)', lambda: object().__setattr__('x'))\nt('P().__setattr__(1, 2, 3)', lambda: P().__setattr__(1, 2, 3))\nt('property.__get__()', lambda: property().__get__())\nt('property.__get__(1, 2, 3)', lambda: P.__dict__['x'].__get__(1, 2, 3))\nt('property.__set__(1)', lambda: P.__dict__['x'].__set__(1))\nt('int.__pow__()', lambda: (2).__pow__())\nt('int.__rpow__(1, 2, 3)', lambda: (2).__rpow__(1, 2, 3))\nt('list.__mul__()', lambda: [].__mul__())\nt('list.__delitem__()', lambda: [].__delitem__())\nt('list.__contains__()', lambda: [].__contains__())\nt('int.__add__(1, 2)', lambda: (1).__add__(1, 2))\nt('int.__hash__(1)', lambda: (1).__hash__(1))\nt('list.__getitem__()', lambda: [].__getitem__())\nt('str.__getitem__()', lambda: ''.__getitem__())\nt('P.x.__get__(P())', lambda: P.__dict__['x'].__get__(P()))\n",
    stdout: "list.__setitem__() !!  expected 2 arguments, got 0\nlist.__setitem__(1) !!  expected 2 arguments, got 1\ndict.__setitem__(1) !!  expected 2 arguments, got 1\nobject.__setattr__(x) !!  expected 2 arguments, got 1\nP().__setattr__(1, 2, 3) !!  expected 2 arguments, got 3\nproperty.__get__() !!  expected at least 1 argument, got 0\nproperty.__get__(1, 2, 3) !!  expected at most 2 arguments, got 3\nproperty.__set__(1) !!  expected 2 arguments, got 1\nint.__pow__() !!  expected at least 1 argument, got 0\nint.__rpow__(1, 2, 3) !!  expected at most 2 arguments, got 3\nlist.__mul__() !!  expected 1 argument, got 0\nlist.__delitem__() !! expected 1 argument, got 0\nlist.__contains__() !! expected 1 argument, got 0\nint.__add__(1, 2) !! expected 1 argument, got 2\nint.__hash__(1) !! expected 0 arguments, got 1\nlist.__getitem__() !! __getitem__() takes exactly one argument (0 given)\nstr.__getitem__() !! expected 1 argument, got 0\nP.x.__get__(P()) -> 1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("slot wrapper and super() argument checks", CASES, [0, Number.POSITIVE_INFINITY]);
