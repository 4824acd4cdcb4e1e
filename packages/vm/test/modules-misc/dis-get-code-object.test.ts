// dis.py's private _get_code_object, which CPython's own tests (test_peepholer) call. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "dis._get_code_object unwraps methods, functions, generators and coroutines, compiles source, and rejects the rest",
    file: "gramm_03.py",
    source: "# dis._get_code_object unwraps methods, functions, generators and coroutines, compiles source, and rejects the rest\nimport dis\n\nclass C:\n    def m(self):\n        return 1\n\ndef g():\n    yield 1\n\nasync def co():\n    pass\n\nfor x in (C().m, C.m, g, g(), (lambda: 0).__code__, 'a = 1'):\n    code = dis._get_code_object(x)\n    print(type(code).__name__, code.co_name, code.co_firstlineno)\nc = co()\nprint(dis._get_code_object(c).co_name)\nc.close()\nfor bad in (1, None, [1]):\n    try:\n        dis._get_code_object(bad)\n    except TypeError as e:\n        print('TypeError', e)\ntry:\n    dis._get_code_object()\nexcept TypeError as e:\n    print('TypeError', e)\ntry:\n    dis._get_code_object('x = (')\nexcept SyntaxError as e:\n    print('SyntaxError', e.msg, e.filename, e.lineno)\n",
    stdout: "code m 5\ncode m 5\ncode g 8\ncode g 8\ncode <lambda> 14\ncode <module> 1\nco\nTypeError don't know how to disassemble int objects\nTypeError don't know how to disassemble NoneType objects\nTypeError don't know how to disassemble list objects\nTypeError _get_code_object() missing 1 required positional argument: 'x'\nSyntaxError unexpected EOF while parsing <disassembly> 1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("dis._get_code_object", CASES);
