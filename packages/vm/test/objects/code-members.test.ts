// The code type's co_* attributes are READONLY members, as code_memberlist declares them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a generator's gi_code: the code type's read-only members, in code_memberlist order, and its doc",
    file: "code_members.py",
    source: "# a generator's gi_code: the code type's read-only members, in code_memberlist order, and its doc\nimport types\ndef gen(a, *, b):\n    yield a\nc = gen(1, b=2).gi_code\nprint([(k, type(v).__name__[:6]) for k, v in types.CodeType.__dict__.items() if k not in ('__doc__', '__new__', '__sizeof__', 'replace', '__hash__', '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__')])\nprint(types.CodeType.__doc__)\nfor name in ('co_name', 'co_argcount', 'co_consts', 'co_lnotab'):\n    for op in ('set', 'del'):\n        try:\n            setattr(c, name, 1) if op == 'set' else delattr(c, name)\n        except AttributeError as e:\n            print(name, op, e)\nprint(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_flags, c.co_varnames, c.co_firstlineno)\nprint(repr(types.CodeType.co_name), types.CodeType.co_name.__doc__)\n",
    stdout: "[('__repr__', 'wrappe'), ('__getattribute__', 'wrappe'), ('co_argcount', 'member'), ('co_posonlyargcount', 'member'), ('co_kwonlyargcount', 'member'), ('co_nlocals', 'member'), ('co_stacksize', 'member'), ('co_flags', 'member'), ('co_code', 'member'), ('co_consts', 'member'), ('co_names', 'member'), ('co_varnames', 'member'), ('co_freevars', 'member'), ('co_cellvars', 'member'), ('co_filename', 'member'), ('co_name', 'member'), ('co_firstlineno', 'member'), ('co_lnotab', 'member')]\ncode(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n      flags, codestring, constants, names, varnames, filename, name,\n      firstlineno, lnotab[, freevars[, cellvars]])\n\nCreate a code object.  Not for the faint of heart.\nco_name set readonly attribute\nco_name del readonly attribute\nco_argcount set readonly attribute\nco_argcount del readonly attribute\nco_consts set readonly attribute\nco_consts del readonly attribute\nco_lnotab set readonly attribute\nco_lnotab del readonly attribute\ngen 1 1 99 ('a', 'b') 3\n<member 'co_name' of 'code' objects> None\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("code object members", CASES);
