// The attributes importlib gives the modules corosim writes natively (__package__, __path__, __builtins__), as CPython 3.8's have them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "native modules have importlib's attributes: __package__ ('' at the top), a package's __path__, and __builtins__ in source modules",
    file: "module_attrs.py",
    source: "# native modules have importlib's attributes: __package__ ('' at the top), a package's __path__, and __builtins__ in source modules\nimport sys, builtins, gc, math, itertools, contextlib, functools, collections, collections.abc, inspect, weakref\nfor m in (sys, builtins, gc, math, itertools, contextlib, functools, collections, collections.abc, inspect, weakref):\n    ns = vars(m)\n    print(m.__name__, repr(m.__package__), [k for k in ns if k in ('__name__', '__doc__', '__package__', '__builtins__')],\n          '__path__' in ns, ns.get('__builtins__') is builtins.__dict__)\nprint([p.rsplit('/', 1)[-1] for p in collections.__path__])\n",
    stdout: "sys '' ['__name__', '__doc__', '__package__'] False False\nbuiltins '' ['__name__', '__doc__', '__package__'] False False\ngc '' ['__name__', '__doc__', '__package__'] False False\nmath '' ['__name__', '__doc__', '__package__'] False False\nitertools '' ['__name__', '__doc__', '__package__'] False False\ncontextlib '' ['__name__', '__doc__', '__package__', '__builtins__'] False True\nfunctools '' ['__name__', '__doc__', '__package__', '__builtins__'] False True\ncollections 'collections' ['__name__', '__doc__', '__package__', '__builtins__'] True True\ncollections.abc 'collections' ['__name__', '__doc__', '__package__', '__builtins__'] False True\ninspect '' ['__name__', '__doc__', '__package__', '__builtins__'] False True\nweakref '' ['__name__', '__doc__', '__package__', '__builtins__'] False True\n['collections']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("module attributes", CASES);
