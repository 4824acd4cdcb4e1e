// Library functions and methods that CPython 3.8 writes in Python (inspect, functools, types, abc, dis, collections, contextlib) take their parameters by keyword, as a call of a Python function binds them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "library functions CPython writes in Python take their parameters by keyword too",
    file: "python_functions_by_keyword.py",
    source: "# library functions CPython writes in Python take their parameters by keyword too\nimport inspect, functools, types, abc, dis\ndef g():\n    yield\nasync def c():\n    pass\ndef f(a, b=1):\n    return a\ndef t(fn):\n    try:\n        r = fn()\n        print('ok', r if isinstance(r, (int, str, bool, tuple, list, type(None))) else type(r).__name__)\n    except Exception as e:\n        print(type(e).__name__, e)\nco = c()\nt(lambda: inspect.getgeneratorstate(generator=g()))\nt(lambda: inspect.getcoroutinestate(coroutine=co))\nt(lambda: inspect.isfunction(object=f))\nt(lambda: inspect.isgeneratorfunction(obj=g))\nt(lambda: inspect.iscoroutinefunction(obj=c))\nt(lambda: inspect.isawaitable(object=1))\nt(lambda: inspect.getfullargspec(func=f).args)\nt(lambda: inspect.getgeneratorlocals(generator=g()))\nt(lambda: inspect.getmro(cls=bool))\nt(lambda: inspect.cleandoc(doc='  x\\n    y'))\nt(lambda: functools.total_ordering(cls=int))\nt(lambda: functools.singledispatch(func=f))\nt(lambda: types.coroutine(func=g))\nt(lambda: types.resolve_bases(bases=()))\nt(lambda: abc.abstractmethod(funcobj=f))\nt(lambda: list(dis.findlinestarts(code=f.__code__)))\nt(lambda: inspect.isfunction(obj=f))\nt(lambda: inspect.isfunction(f, object=f))\nt(lambda: inspect.isfunction())\nco.close()\n",
    stdout: "ok GEN_CREATED\nok CORO_CREATED\nok True\nok True\nok True\nok False\nok ['a', 'b']\nok dict\nok (<class 'bool'>, <class 'int'>, <class 'object'>)\nok x\ny\nok type\nok function\nok function\nok ()\nok function\nok [(0, 8)]\nTypeError isfunction() got an unexpected keyword argument 'obj'\nTypeError isfunction() got multiple values for argument 'object'\nTypeError isfunction() missing 1 required positional argument: 'object'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "methods CPython writes in Python take their parameters by keyword too, with Python's binding errors",
    file: "python_methods_by_keyword.py",
    source: "# methods CPython writes in Python take their parameters by keyword too, with Python's binding errors\nimport collections, contextlib, random\ndef t(fn):\n    try:\n        r = fn()\n        print('ok', r if isinstance(r, (int, str, bool, tuple, list, type(None), float)) else type(r).__name__)\n    except Exception as e:\n        print(type(e).__name__, e)\nes = contextlib.ExitStack()\ncn = collections.Counter('aab')\nr = random.Random(1)\nt(lambda: es.enter_context(cm=contextlib.nullcontext()))\nt(lambda: es.push(exit=lambda *a: None))\nt(lambda: cn.most_common(n=1))\nt(lambda: cn.most_common(x=1))\nt(lambda: cn.most_common(1, n=2))\nt(lambda: collections.Counter.most_common(self=cn))\nt(lambda: collections.Counter.most_common())\nt(lambda: r.choice(seq=[7]))\nt(lambda: r.getrandbits(k=3))\nt(lambda: es.enter_context())\nes.close()\n",
    stdout: "ok None\nok function\nok [('a', 2)]\nTypeError most_common() got an unexpected keyword argument 'x'\nTypeError most_common() got multiple values for argument 'n'\nok [('a', 2), ('b', 1)]\nTypeError most_common() missing 1 required positional argument: 'self'\nok 7\nTypeError getrandbits() takes no keyword arguments\nTypeError enter_context() missing 1 required positional argument: 'cm'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("Python-written functions by keyword", CASES);
