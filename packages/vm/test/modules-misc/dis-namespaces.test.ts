// dis.dis over a class or module namespace, and over generators and coroutines. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "dis.dis of a class disassembles each function-like attribute in name order",
    file: "dis_class.py",
    source: "# dis.dis of a class disassembles each function-like attribute in name order\nimport dis\nclass C:\n    def a(self): return self.x\n    @staticmethod\n    def b(y): return y + 1\n    @classmethod\n    def c(cls): return cls\n    @property\n    def p(self): return 1\n    n = 5\n    class Inner:\n        def z(self): return 0\ndis.dis(C)\ndis.dis(C.c)\ndis.dis(C().a)\ntry:\n    dis.dis(5)\nexcept TypeError as e:\n    print(e)\nclass Empty: pass\ndis.dis(Empty)\nprint('done')\n",
    stdout: "Disassembly of Inner:\nDisassembly of z:\n 13           0 LOAD_CONST               1 (0)\n              2 RETURN_VALUE\n\n\nDisassembly of a:\n  4           0 LOAD_FAST                0 (self)\n              2 LOAD_ATTR                0 (x)\n              4 RETURN_VALUE\n\nDisassembly of b:\n  6           0 LOAD_FAST                0 (y)\n              2 LOAD_CONST               1 (1)\n              4 BINARY_ADD\n              6 RETURN_VALUE\n\nDisassembly of c:\n  8           0 LOAD_FAST                0 (cls)\n              2 RETURN_VALUE\n\n  8           0 LOAD_FAST                0 (cls)\n              2 RETURN_VALUE\n  4           0 LOAD_FAST                0 (self)\n              2 LOAD_ATTR                0 (x)\n              4 RETURN_VALUE\ndon't know how to disassemble int objects\ndone\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "dis.dis of a module object walks its namespace like a class's",
    file: "dis_module.py",
    source: "# dis.dis of a module object walks its namespace like a class's\nimport dis, types\nm = types.ModuleType('m')\nexec('def f(a):\\n    return a * 2\\nclass K:\\n    def g(self):\\n        pass\\nX = 1\\n', m.__dict__)\ndis.dis(m)\ndef gen():\n    yield 1\ndis.dis(gen())\nasync def co():\n    pass\nc = co()\ndis.dis(c)\nc.close()\n",
    stdout: "Disassembly of K:\nDisassembly of g:\n  5           0 LOAD_CONST               0 (None)\n              2 RETURN_VALUE\n\n\nDisassembly of f:\n  2           0 LOAD_FAST                0 (a)\n              2 LOAD_CONST               1 (2)\n              4 BINARY_MULTIPLY\n              6 RETURN_VALUE\n\n  7           0 LOAD_CONST               1 (1)\n              2 YIELD_VALUE\n              4 POP_TOP\n              6 LOAD_CONST               0 (None)\n              8 RETURN_VALUE\n 10           0 LOAD_CONST               0 (None)\n              2 RETURN_VALUE\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("dis of classes and modules", CASES);
