// Slot wrappers CPython 3.8 installs for slots a type fills with its base's function. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "built-in types keep their own __getattribute__/__setattr__/__init__/__new__ wrappers",
    file: "own_slot_wrappers.py",
    source: "# built-in types keep their own __getattribute__/__setattr__/__init__/__new__ wrappers\nimport types, sys\ndef gen(): yield\nasync def co(): pass\nasync def ag(): yield\ng, c, a = gen(), co(), ag()\nobjs = [g, c, a, a.asend(None), a.athrow(ValueError), c.__await__(), sys._getframe(), 1, 'a', [], {}, iter([]), len, ValueError(), KeyError(), OSError(), StopIteration(), BaseException()]\nfor o in objs:\n    d = vars(type(o))\n    print(type(o).__name__, [n for n in ('__getattribute__', '__setattr__', '__delattr__', '__new__', '__init__') if n in d])\nprint(repr(types.GeneratorType.__getattribute__))\nprint(repr(ValueError.__init__), repr(ValueError.__new__))\nprint(ValueError.__new__(ValueError, 1).args, KeyError.__init__ is LookupError.__init__)\nfor t in [types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, type(a.asend(None)), type(a.athrow(ValueError))]:\n    try:\n        t()\n    except TypeError as e:\n        print('TE', e)\nprint(g.__getattribute__('__name__'), types.GeneratorType.__getattribute__(g, 'gi_running'))\nc.close()\n",
    stdout: "generator ['__getattribute__']\ncoroutine ['__getattribute__']\nasync_generator ['__getattribute__']\nasync_generator_asend ['__getattribute__']\nasync_generator_athrow ['__getattribute__']\ncoroutine_wrapper ['__getattribute__']\nframe ['__getattribute__', '__setattr__', '__delattr__']\nint ['__getattribute__', '__new__']\nstr ['__getattribute__', '__new__']\nlist ['__getattribute__', '__new__', '__init__']\ndict ['__getattribute__', '__new__', '__init__']\nlist_iterator ['__getattribute__']\nbuiltin_function_or_method ['__getattribute__']\nValueError ['__new__', '__init__']\nKeyError ['__init__']\nOSError ['__new__', '__init__']\nStopIteration ['__init__']\nBaseException ['__getattribute__', '__setattr__', '__delattr__', '__new__', '__init__']\n<slot wrapper '__getattribute__' of 'generator' objects>\n<slot wrapper '__init__' of 'ValueError' objects> <built-in method __new__ of type object at 0x?>\n(1,) False\nTE cannot create 'generator' instances\nTE cannot create 'coroutine' instances\nTE cannot create 'async_generator' instances\nTE cannot create 'async_generator_asend' instances\nTE cannot create 'async_generator_athrow' instances\ngen False\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("own slot wrappers in built-in type dicts", CASES);
