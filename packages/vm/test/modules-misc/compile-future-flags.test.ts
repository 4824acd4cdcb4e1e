// compile()'s flags argument and the caller's future features (PyEval_MergeCompilerFlags) reach the compiled code's co_flags. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "compile() merges its future flags into the code's features; compile and exec inherit the caller's",
    file: "compile_future_flags.py",
    source: "# compile() merges its future flags into the code's features; compile and exec inherit the caller's\ndef code_of(co):\n    return [c for c in co.co_consts if hasattr(c, 'co_flags')][0]\nco = compile(\"def f():\\n    yield\\n\", '<x>', 'exec', 0x800000)\nns = {}\nexec(co, ns)\nprint(ns['f'].__code__.co_flags, co.co_flags)\nco = compile(\"from __future__ import generator_stop\\ndef f():\\n    yield\\n\", '<x>', 'exec', 0, True)\nprint(co.co_flags, code_of(co).co_flags)\nco = compile(\"def f():\\n    yield\\n\", '<x>', 'exec', flags=0x1000000, dont_inherit=True)\nprint(co.co_flags, code_of(co).co_flags)\nco = compile(\"def f(x: int): pass\\n\", '<x>', 'exec', 0x1000000)\nns = {}\nexec(co, ns)\nprint(ns['f'].__annotations__)\nsrc = '''from __future__ import annotations\nco = compile(\"def g(x: int): pass\\\\n\", \"<y>\", \"exec\")\nprint(co.co_flags)\nns = {}\nexec(co, ns)\nprint(ns['g'].__annotations__)\nprint(compile(\"1\", \"<z>\", \"eval\", 0, True).co_flags)\nexec(\"def h(y: list): pass\\\\nprint(h.__annotations__)\")\nprint(eval(\"compile('1', '<w>', 'eval').co_flags\"))\n'''\nexec(compile(src, '<future>', 'exec'))\n",
    stdout: "8388707 8388672\n64 99\n16777280 16777315\n{'x': 'int'}\n16777280\n{'x': 'int'}\n64\n{'y': 'list'}\n16777280\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("compile future flags", CASES);
