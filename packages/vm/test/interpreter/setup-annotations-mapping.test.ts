// CPython 3.8's SETUP_ANNOTATIONS when the namespace is not a dict (exec with mapping locals, __prepare__). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "SETUP_ANNOTATIONS in a namespace that is not a dict: the KeyError of the missing __annotations__ is cleared, then a new dict is stored",
    file: "gramm_04.py",
    source: "# SETUP_ANNOTATIONS in a namespace that is not a dict: the KeyError of the missing __annotations__ is cleared, then a new dict is stored\nimport sys\n\nclass NS:\n    def __init__(self):\n        self.d = {}\n    def __setitem__(self, k, v):\n        print('set', k)\n        self.d[k] = v\n    def __getitem__(self, k):\n        print('get', k)\n        return self.d[k]\n\nns = NS()\nexec('x: int = 1\\ny: \"s\"', {}, ns)\nprint(ns.d)\ntry:\n    raise ValueError('outer')\nexcept ValueError:\n    exec('z: float', {}, NS())\n    print(sys.exc_info()[0].__name__)\n\nclass Bad(NS):\n    def __getitem__(self, k):\n        raise LookupError(k)\ntry:\n    exec('w: int', {}, Bad())\nexcept LookupError as e:\n    print('LookupError', e)\n\nclass Meta(type):\n    @classmethod\n    def __prepare__(mcls, name, bases):\n        return NS()\n    def __new__(mcls, name, bases, ns):\n        return super().__new__(mcls, name, bases, ns.d)\nclass K(metaclass=Meta):\n    a: int\nprint(K.__annotations__)\n",
    stdout: "get __annotations__\nset __annotations__\nset x\nget int\nget __annotations__\nget __annotations__\n{'__annotations__': {'x': <class 'int'>, 'y': 's'}, 'x': 1}\nget __annotations__\nset __annotations__\nget float\nget __annotations__\nValueError\nLookupError __annotations__\nget __name__\nset __module__\nset __qualname__\nget __annotations__\nset __annotations__\nget int\nget __annotations__\n{'a': <class 'int'>}\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("SETUP_ANNOTATIONS in a mapping namespace", CASES);
