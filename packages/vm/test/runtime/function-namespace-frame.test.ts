// _PyFrame_New_NoTrack: a function whose code is not CO_NEWLOCALS|CO_OPTIMIZED runs with a new dict or its globals as f_locals. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "functions made from module and class code run with their namespace as f_locals",
    file: "fn_from_module_code.py",
    source: "# functions made from module and class code run with their namespace as f_locals\nimport types, sys\nsrc = \"x = 1\\ny = x + 1\\nprint('in', sorted(k for k in locals() if not k.startswith('__')))\\n\"\ncode = compile(src, '<m>', 'exec')\ng = {'__builtins__': __builtins__}\nf = types.FunctionType(code, g)\nprint(f())\nprint(g['x'], g['y'])\ndef outer():\n    class K:\n        a = 1\n        b = a + 1\n    return K\nkcode = [c for c in outer.__code__.co_consts if isinstance(c, types.CodeType)][0]\nprint(kcode.co_flags & 3, kcode.co_name)\ng2 = {'__name__': 'm2'}\nkf = types.FunctionType(kcode, g2)\nprint(kf())\nprint(sorted(k for k in g2 if not k.startswith('__')), g2['__name__'])\ngen_code = compile(\"def gen():\\n    yield sys.getrecursionlimit() > 0\\n\", '<g>', 'exec')\nns = {'sys': sys}\nexec(gen_code, ns)\nprint(list(ns['gen']()))\n",
    stdout: "in ['x', 'y']\nNone\n1 2\n0 K\nNone\n['a', 'b'] m2\n[True]\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functions made from module and class code", CASES);
