// types.SimpleNamespace compares as its dict for every operator and has __reduce__; mappingproxy() parses its one argument as PyArg_ParseTupleAndKeywords does, as in CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "SimpleNamespace compares as its dict for every operator and reduces to (type, (), dict); mappingproxy() parses its argument as CPython 3.8",
    file: "namespace_mappingproxy_args.py",
    source: "# SimpleNamespace compares as its dict for every operator and reduces to (type, (), dict); mappingproxy() parses its argument as CPython 3.8\nimport types\ndef t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\na, b = types.SimpleNamespace(x=1), types.SimpleNamespace(x=2)\nt(lambda: a < b)\nt(lambda: a >= b)\nt(lambda: a == types.SimpleNamespace(x=1))\nt(lambda: a < 1)\nt(lambda: a.__reduce__())\nt(lambda: types.SimpleNamespace.__reduce__.__doc__)\nM = types.MappingProxyType\nt(lambda: M())\nt(lambda: M({}, {}))\nt(lambda: M(x={}))\nt(lambda: M({}, mapping={}))\nt(lambda: M(mapping={'k': 1}))\nt(lambda: M(mapping={}, x=1))\nt(lambda: M(1, 2, 3))\nt(lambda: M([]))\n",
    stdout: "TypeError '<' not supported between instances of 'dict' and 'dict'\nTypeError '>=' not supported between instances of 'dict' and 'dict'\nTrue\nTypeError '<' not supported between instances of 'types.SimpleNamespace' and 'int'\n(<class 'types.SimpleNamespace'>, (), {'x': 1})\n'Return state information for pickling'\nTypeError mappingproxy() missing required argument 'mapping' (pos 1)\nTypeError mappingproxy() takes at most 1 argument (2 given)\nTypeError mappingproxy() missing required argument 'mapping' (pos 1)\nTypeError mappingproxy() takes at most 1 argument (2 given)\nmappingproxy({'k': 1})\nTypeError mappingproxy() takes at most 1 keyword argument (2 given)\nTypeError mappingproxy() takes at most 1 argument (3 given)\nTypeError mappingproxy() argument must be a mapping, not list\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("SimpleNamespace and mappingproxy", CASES, [0, Number.POSITIVE_INFINITY]);
