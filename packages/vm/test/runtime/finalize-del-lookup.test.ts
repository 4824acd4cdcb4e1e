// CPython 3.8's slot_tp_finalize looks __del__ up with lookup_maybe_method: a failing lookup is dropped, and an unraisable report names the looked-up object. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__del__ is looked up as lookup_maybe_method does: a failing lookup is dropped silently, and an unraisable report names what the lookup gave",
    file: "del_lookup.py",
    source: "# __del__ is looked up as lookup_maybe_method does: a failing lookup is dropped silently, and an unraisable report names what the lookup gave\nimport functools\n\nclass Prop:\n    @property\n    def __del__(self):\n        raise KeyError('getter')\n\np = Prop(); del p\nprint('property getter error dropped')\n\nclass Static:\n    @staticmethod\n    def __del__():\n        raise ValueError('static')\n\ns = Static(); del s\n\nclass Cls:\n    @classmethod\n    def __del__(cls):\n        raise ValueError('classmethod ' + cls.__name__)\n\nc = Cls(); del c\n\nclass Callable:\n    def __repr__(self):\n        return 'Callable()'\n    def __call__(self, *args):\n        raise KeyError(len(args))\n\nclass WithCallable:\n    __del__ = Callable()\n\nw = WithCallable(); del w\n\nclass Partial:\n    __del__ = functools.partial(lambda *a: 1 / len(a))\n\nq = Partial(); del q\n\nclass PropReturning:\n    @property\n    def __del__(self):\n        return lambda: print('returned callable runs')\n\nr = PropReturning(); del r\nprint('done')\n",
    stdout: "property getter error dropped\nreturned callable runs\ndone\n",
    stderr: "Exception ignored in: <function Static.__del__ at 0x?>\nTraceback (most recent call last):\n  File \"del_lookup.py\", line 15, in __del__\n    raise ValueError('static')\nValueError: static\nException ignored in: <bound method Cls.__del__ of <class '__main__.Cls'>>\nTraceback (most recent call last):\n  File \"del_lookup.py\", line 22, in __del__\n    raise ValueError('classmethod ' + cls.__name__)\nValueError: classmethod Cls\nException ignored in: Callable()\nTraceback (most recent call last):\n  File \"del_lookup.py\", line 30, in __call__\n    raise KeyError(len(args))\nKeyError: 0\nException ignored in: functools.partial(<function Partial.<lambda> at 0x?>)\nTraceback (most recent call last):\n  File \"del_lookup.py\", line 38, in <lambda>\n    __del__ = functools.partial(lambda *a: 1 / len(a))\nZeroDivisionError: division by zero\n",
    exit: 0,
  },
];

describeCpythonCases("__del__ lookup in slot_tp_finalize", CASES, [0, Number.POSITIVE_INFINITY]);
