// print() writes each object after what precedes it, so output made inside __str__ lands where CPython 3.8's builtin_print puts it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "print writes what comes before an object before that object's __str__ runs, so prints made inside __str__ come after it, as builtin_print does",
    file: "print_nested_str.py",
    source: "# print writes what comes before an object before that object's __str__ runs, so prints made inside __str__ come after it, as builtin_print does\nclass Loud:\n    def __init__(self, name):\n        self.name = name\n    def __str__(self):\n        print('[str of %s]' % self.name)\n        return self.name\n    def __repr__(self):\n        print('[repr of %s]' % self.name)\n        return self.name\nclass Bad:\n    def __str__(self):\n        print('[bad str]')\n        raise ValueError('no str')\nprint('value:', Loud('a'), 'end')\nprint(Loud('b'), Loud('c'), sep='|', end='!\\n')\nprint(1, 2.5, True, None, Loud('d'))\nprint('list', [Loud('e')], {'k': Loud('f')})\ntry:\n    print('before', Bad(), 'after')\nexcept ValueError as e:\n    print('\\nValueError', e)\nprint(Loud('g'))\n",
    stdout: "value: [str of a]\na end\n[str of b]\nb|[str of c]\nc!\n1 2.5 True None [str of d]\nd\nlist [repr of e]\n[e] [repr of f]\n{'k': f}\nbefore [bad str]\n\nValueError no str\n[str of g]\ng\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("print and output made during str()", CASES, [0, Number.POSITIVE_INFINITY]);
