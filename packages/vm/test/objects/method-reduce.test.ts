// method_reduce, meth_reduce and wrapper_reduce: a bound method of any kind reduces to getattr(self, name), a module's built-in function to its name. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "bound methods and built-in methods reduce to getattr(self, name); a module's built-in function to its name",
    file: "method_reduce.py",
    source: "# bound methods and built-in methods reduce to getattr(self, name); a module's built-in function to its name\nclass A:\n    def m(self): pass\n    @classmethod\n    def c(cls): pass\na = A()\nf, args = a.m.__reduce__()\nprint(f is getattr, args[0] is a, args[1])\nprint(A.c.__reduce__()[1][0] is A, A.c.__reduce__()[1][1])\nprint([].append.__reduce__())\nprint((1).__add__.__reduce__())\nprint(len.__reduce__(), print.__reduce_ex__(2))\nimport math\nprint(math.sqrt.__reduce__())\nprint(dict.fromkeys.__reduce__())\nprint(type(a.m.__reduce_ex__(2)).__name__, a.m.__reduce_ex__(2)[0] is getattr)\nm = a.m\nm.__func__.__name__ = 'renamed'\nprint(m.__reduce__()[1][1])\nprint(getattr(*[].append.__reduce__()[1]))\n",
    stdout: "True True m\nTrue c\n(<built-in function getattr>, ([], 'append'))\n(<built-in function getattr>, (1, '__add__'))\nlen print\nsqrt\n(<built-in function getattr>, (<class 'dict'>, 'fromkeys'))\ntuple True\nrenamed\n<built-in method append of list object at 0x?>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("__reduce__ of bound methods", CASES, [0, Number.POSITIVE_INFINITY]);
