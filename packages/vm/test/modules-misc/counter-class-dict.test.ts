// Counter's dict holds only the dunders its Python class body defines (classDunders): no reflected wrappers, dict's __setitem__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Counter's dict holds the dunders Lib/collections' class body defines; the rest comes from dict",
    file: "counter_class_dict.py",
    source: "# Counter's dict holds the dunders Lib/collections' class body defines; the rest comes from dict\nimport collections\nC = collections.Counter\nprint(sorted(k for k in vars(C) if k.startswith('__') and k.endswith('__') and k not in ('__dict__', '__weakref__')))\nprint(C.__setitem__ is dict.__setitem__, '__radd__' in vars(C), hasattr(C, '__radd__'))\nc = C('aab')\nC.__setitem__(c, 'z', 3)\nc['y'] = 1\ndel c['a']\nprint(c, c + C('z'), C('q') | c, -C(a=-1))\ntry:\n    1 + c\nexcept TypeError as e:\n    print(e)\nclass S(C):\n    def __setitem__(self, k, v):\n        print('set', k, v)\n        super().__setitem__(k, v)\ns = S('ab')\ns.update(b=2)\nprint(s)\n",
    stdout: "['__add__', '__and__', '__delitem__', '__doc__', '__iadd__', '__iand__', '__init__', '__ior__', '__isub__', '__missing__', '__module__', '__neg__', '__or__', '__pos__', '__reduce__', '__repr__', '__sub__']\nTrue False False\nCounter({'z': 3, 'b': 1, 'y': 1}) Counter({'z': 4, 'b': 1, 'y': 1}) Counter({'z': 3, 'q': 1, 'b': 1, 'y': 1}) Counter({'a': 1})\nunsupported operand type(s) for +: 'int' and 'Counter'\nset a 1\nset b 1\nset b 3\nS({'b': 3, 'a': 1})\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("Counter class dict", CASES);
