// _GeneratorContextManager derives from ContextDecorator as in CPython 3.8 (a static type's further base: TypeSpec.mixins). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "_GeneratorContextManager derives from ContextDecorator: isinstance holds and __call__ is ContextDecorator's",
    file: "gcm_context_decorator.py",
    source: "# _GeneratorContextManager derives from ContextDecorator: isinstance holds and __call__ is ContextDecorator's\nimport contextlib\n@contextlib.contextmanager\ndef cm(x):\n    print('enter', x)\n    yield x\n    print('exit', x)\nc = cm(1)\nprint(isinstance(c, contextlib.ContextDecorator), issubclass(type(c), contextlib.ContextDecorator))\nprint(type(c).__bases__[-1], type(c).__call__ is contextlib.ContextDecorator.__call__, '__call__' in vars(type(c)))\nprint(type(c) in contextlib.ContextDecorator.__subclasses__())\nprint([k.__name__ for k in type(c).__mro__ if k.__name__ != 'AbstractContextManager' and k.__name__ != 'ABC'])\n@cm(2)\ndef f(a):\n    print('f', a)\n    return a * 2\nprint(f(3), f(4))\nclass Sub(type(c)):\n    def _recreate_cm(self):\n        print('Sub._recreate_cm')\n        return super()._recreate_cm()\n@Sub(lambda: iter([5]), (), {})\ndef g():\n    return 'g'\nprint(g())\nfor args, kwargs in [((), {}), ((1, 2), {}), ((), {'x': 1})]:\n    try:\n        cm(0)(*args, **kwargs)\n    except TypeError as e:\n        print('TypeError:', e)\n",
    stdout: "True True\n<class 'contextlib.ContextDecorator'> True False\nTrue\n['_GeneratorContextManager', '_GeneratorContextManagerBase', 'ContextDecorator', 'object']\nenter 2\nf 3\nexit 2\nenter 2\nf 4\nexit 2\n6 8\nSub._recreate_cm\ng\nTypeError: __call__() missing 1 required positional argument: 'func'\nTypeError: __call__() takes 2 positional arguments but 3 were given\nTypeError: __call__() got an unexpected keyword argument 'x'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("_GeneratorContextManager bases", CASES);
