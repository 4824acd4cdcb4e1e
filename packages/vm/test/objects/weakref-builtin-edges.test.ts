// A memoryview takes weak references (cleared after it releases its object); calling a weak reference with arguments and weakref.proxy with a wrong count fail with CPython's messages. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "A memoryview takes weak references, cleared after it lets go of its object",
    file: "memoryview_weakref.py",
    source: "# A memoryview takes weak references, cleared after it lets go of its object\nimport weakref\nclass B(bytearray):\n    def __del__(self):\n        print('bytearray freed')\nm = memoryview(B(b'abc'))\nr = weakref.ref(m, lambda r: print('callback, referent', r()))\nprint(r() is m, weakref.getweakrefcount(m))\np = weakref.proxy(m)\nprint(len(p), p[0], p.tobytes())\ndel m\nprint('after del')\nm = memoryview(b'xy')\nm.release()\nr = weakref.ref(m, lambda r: print('released view gone'))\ndel m\nws = weakref.WeakSet()\nm = memoryview(b'z')\nws.add(m)\nprint(len(ws))\ndel m\nprint(len(ws))\n",
    stdout: "True 1\n3 97 b'abc'\nbytearray freed\ncallback, referent None\nafter del\nreleased view gone\n1\n0\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "Calling a weak reference with arguments, and weakref.proxy with too few or too many, fail with CPython's messages",
    file: "weakref_call_args.py",
    source: "# Calling a weak reference with arguments, and weakref.proxy with too few or too many, fail with CPython's messages\nimport weakref\nclass O:\n    pass\no = O()\nr = weakref.ref(o)\ncalls = [\n    lambda: weakref.proxy(), lambda: weakref.proxy(o, None, 1), lambda: weakref.proxy(o, callback=None),\n    lambda: r(1), lambda: r(a=1), lambda: r(1, a=2), lambda: r(1, 2), lambda: r(**{}) is o, lambda: r(*()) is o,\n    lambda: weakref.ref.__call__(r) is o, lambda: weakref.ref.__call__(r, 1), lambda: weakref.ref.__call__(r, x=1),\n]\nfor f in calls:\n    try:\n        print(f())\n    except TypeError as e:\n        print('TypeError:', e)\nclass R(weakref.ref):\n    pass\ntry:\n    R(o)(1)\nexcept TypeError as e:\n    print('TypeError:', e)\n",
    stdout: "TypeError: proxy expected at least 1 argument, got 0\nTypeError: proxy expected at most 2 arguments, got 3\nTypeError: proxy() takes no keyword arguments\nTypeError: __call__() takes at most 0 arguments (1 given)\nTypeError: __call__() takes at most 0 keyword arguments (1 given)\nTypeError: __call__() takes at most 0 arguments (2 given)\nTypeError: __call__() takes at most 0 arguments (2 given)\nTrue\nTrue\nTrue\nTypeError: __call__() takes at most 0 arguments (1 given)\nTypeError: __call__() takes at most 0 keyword arguments (1 given)\nTypeError: __call__() takes at most 0 arguments (1 given)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("weak references: builtin edges", CASES);
