// eval/exec/compile namespaces, source types, flags and mode, and dotted __import__ names against CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "compile(): the messages for an unknown mode, and for 'func_type' without PyCF_ONLY_AST",
    file: "compile_mode_messages.py",
    source: "# compile(): the messages for an unknown mode, and for 'func_type' without PyCF_ONLY_AST\nfor mode, flags in [('func_type', 0), ('bad', 0), ('bad', 0x400), ('', 0), ('exec ', 0)]:\n    try:\n        compile('x', 'f', mode, flags)\n    except ValueError as e:\n        print(repr(mode), flags, e)\n",
    stdout: "'func_type' 0 compile() mode 'func_type' requires flag PyCF_ONLY_AST\n'bad' 0 compile() mode must be 'exec', 'eval' or 'single'\n'bad' 1024 compile() mode must be 'exec', 'eval', 'single' or 'func_type'\n'' 0 compile() mode must be 'exec', 'eval' or 'single'\n'exec ' 0 compile() mode must be 'exec', 'eval' or 'single'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "eval/exec/compile argument checks: namespaces, source types, NUL bytes, flags and mode; dotted import names",
    file: "exec_eval_compile_args.py",
    source: "# eval/exec/compile argument checks: namespaces, source types, NUL bytes, flags and mode; dotted import names\ndef t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nclass M:\n    def __getitem__(self, k):\n        if k == 'v': return 'from mapping'\n        raise KeyError(k)\nt(lambda: eval('v', {}, M()))\nt(lambda: eval('1', [], {}))\nt(lambda: eval('1', 5, {}))\nt(lambda: eval('1', {}, 5))\nt(lambda: eval('1', 5, 5))\nt(lambda: eval('1', M()))\nt(lambda: exec('x = 1', [], {}))\nt(lambda: exec('x = 1', {}, 5))\nt(lambda: exec('x = 1', None, 5))\nt(lambda: exec('x = 1', {}, []))\nt(lambda: exec('x = 1', {}, M()))\nt(lambda: eval(5))\nt(lambda: exec(None))\nt(lambda: compile(5, 'f', 'exec'))\nt(lambda: compile(compile('1', 'f', 'eval'), 'f', 'eval'))\nt(lambda: eval(compile('2 * 3', 'f', 'eval')))\nt(lambda: eval('1\\x00'))\nt(lambda: exec(b'x = 1\\x00'))\nt(lambda: compile('1\\x00', 'f', 'exec'))\nt(lambda: eval(bytearray(b'40 + 2')))\nt(lambda: eval(memoryview(b'1 + 1')))\nt(lambda: compile('1', 'f', 'bogus'))\nt(lambda: compile('1', 'f', 5))\nt(lambda: compile('1', 'f', 'bogus', 0x7fffffff))\nt(lambda: compile('1', 'f', 'exec', -1))\nt(lambda: compile('1', 'f', 'exec', 0x10).co_filename)\nt(lambda: compile('1', 'f', 'exec', 0x200).co_filename)\nt(lambda: __import__('.x'))\nt(lambda: __import__('math.'))\nt(lambda: __import__('math..floor'))\nt(lambda: __import__('no_such_pkg.sub'))\nt(lambda: compile('1', 5, 'exec'))\nt(lambda: compile('1', b'bytes-name', 'exec').co_filename)\n",
    stdout: "'from mapping'\nTypeError globals must be a real dict; try eval(expr, {}, mapping)\nTypeError globals must be a dict\nTypeError locals must be a mapping\nTypeError locals must be a mapping\nTypeError globals must be a real dict; try eval(expr, {}, mapping)\nTypeError exec() globals must be a dict, not list\nTypeError locals must be a mapping or None, not int\nTypeError locals must be a mapping or None, not int\nTypeError list indices must be integers or slices, not str\nTypeError 'M' object does not support item assignment\nTypeError eval() arg 1 must be a string, bytes or code object\nTypeError exec() arg 1 must be a string, bytes or code object\nTypeError compile() arg 1 must be a string, bytes or AST object\nTypeError compile() arg 1 must be a string, bytes or AST object\n6\nValueError source code string cannot contain null bytes\nValueError source code string cannot contain null bytes\nValueError source code string cannot contain null bytes\n42\n2\nValueError compile() mode must be 'exec', 'eval' or 'single'\nTypeError compile() argument 'mode' must be str, not int\nValueError compile(): unrecognised flags\nValueError compile(): unrecognised flags\n'f'\n'f'\nModuleNotFoundError No module named '.x'\nModuleNotFoundError No module named 'math.'; 'math' is not a package\nModuleNotFoundError No module named 'math.'; 'math' is not a package\nModuleNotFoundError No module named 'no_such_pkg'\nTypeError expected str, bytes or os.PathLike object, not int\n'bytes-name'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("eval/exec/compile argument checks", CASES, [0, Number.POSITIVE_INFINITY]);
