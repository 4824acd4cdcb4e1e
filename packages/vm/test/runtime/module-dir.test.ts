// module_dir's lookup of __dict__ through the attribute machinery, as CPython 3.8 does it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "module.__dir__ reads __dict__ through attribute lookup: a class attribute that is not a dict makes dir() fail",
    file: "builtins_01.py",
    source: "# module.__dir__ reads __dict__ through attribute lookup: a class attribute that is not a dict makes dir() fail\nimport types\nclass Foo(types.ModuleType):\n    __dict__ = 8\nf = Foo(\"foo\")\ntry:\n    dir(f)\nexcept TypeError as e:\n    print(e)\nclass Bar(types.ModuleType):\n    @property\n    def __dict__(self):\n        return {'b': 1, 'a': 2, '__dir__': lambda: ['z', 'y']}\nprint(dir(Bar('bar')))\nm = types.ModuleType('m')\nm.__dir__ = lambda: ('q', 'p')\nm.x = 1\nprint(dir(m), sorted(types.ModuleType.__dir__(types.ModuleType('n'))))\n",
    stdout: "foo.__dict__ is not a dictionary\n['y', 'z']\n['p', 'q'] ['__doc__', '__loader__', '__name__', '__package__', '__spec__']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("module.__dir__", CASES);
