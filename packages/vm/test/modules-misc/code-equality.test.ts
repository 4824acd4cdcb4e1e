// code_richcompare, code_hash and code_memberlist. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "code objects compare by name, counts, flags, first line, bytecode and typed constants; hash as code_hash; attributes are readonly members",
    file: "code_equality_hash.py",
    source: "# code objects compare by name, counts, flags, first line, bytecode and typed constants; hash as code_hash; attributes are readonly members\ndef make(src):\n    return compile(src, 'f', 'exec')\na, b = make('x = 1\\ny = 2'), make('x = 1\\ny = 2')\nprint(a == b, a != b, hash(a) == hash(b), a == 1, a.__eq__(1), a.__lt__(b))\nprint(make('x = 1') == make('x = 1.0'), make('x = 1') == make('x = True'), make('x = 0.0') == make('x = -0.0'))\nprint(make('x = (1, 2)') == make('x = (1, 2.0)'), make('x = 1j') == make('x = -0j + 1j'), make('x = \"a\"') == make('x = b\"a\"'))\nprint(make('x = 1\\n\\ny = 2') == a, compile('x = 1\\ny = 2', 'g', 'exec') == a)\nprint(make('x in {1, 2}') == make('x in {2, 1}'), make('x in {1, 2}') == make('x in {1.0, 2}'))\ndef f1():\n    def inner(): return 1\n    return inner\ndef f2():\n    def inner(): return 1\n    return inner\nprint(f1.__code__ == f2.__code__, f1().__code__ == f2().__code__, f1().__code__ == f1().__code__)\nprint(hash(f1().__code__) == hash(f2().__code__), hash(make('x = 1')) == hash(make('x = 1')), hash(make('x = 1')) == hash(make('x = 2')))\ntry:\n    try:\n        hash(make('x = [1]'))\n    except TypeError as e:\n        print('TypeError', e)\nexcept Exception as e:\n    print(e)\nfor attr in ('co_name', 'co_argcount', 'co_code', 'co_lnotab'):\n    try:\n        setattr(a, attr, 1)\n    except AttributeError as e:\n        print(attr, e)\nprint(type(type(a).__dict__['co_name']).__name__, [k for k in type(a).__dict__ if k.startswith('co_')])\nprint({a: 1}[b])\n",
    stdout: "True False True False NotImplemented NotImplemented\nFalse False False\nFalse True False\nTrue True\nTrue False\nFalse False True\nTrue True False\nco_name readonly attribute\nco_argcount readonly attribute\nco_code readonly attribute\nco_lnotab readonly attribute\nmember_descriptor ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename', 'co_name', 'co_firstlineno', 'co_lnotab']\n1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("code object equality and hashing", CASES);
