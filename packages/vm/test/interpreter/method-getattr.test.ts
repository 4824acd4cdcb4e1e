// A bound method forwards unknown attributes to its function (method_getattro). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a bound method forwards unknown attributes to its function (method_getattro), whose AttributeError it raises",
    file: "method_getattr.py",
    source: "# a bound method forwards unknown attributes to its function (method_getattro), whose AttributeError it raises\nclass A:\n    def f(self): pass\na = A()\nA.f.custom = 5\nprint(a.f.__module__, a.f.custom, a.f.__name__, a.f.__doc__, a.f.__defaults__, a.f.__code__.co_name, a.f.__class__)\ntry:\n    a.f.nope\nexcept AttributeError as e: print(e)\ntry:\n    a.f.custom = 3\nexcept AttributeError as e: print(e)\nprint(len.__self__, [].append.__module__)\nimport types\nm = types.MethodType(len, 5)\nprint(m.__module__, m.__self__)\ntry:\n    m.zzz\nexcept AttributeError as e: print(e)\nprint(sorted(set(dir(a.f)) - set(dir(A.f))))\n",
    stdout: "__main__ 5 f None None f <class 'method'>\n'function' object has no attribute 'nope'\n'method' object has no attribute 'custom'\n<module 'builtins' (built-in)> None\nbuiltins 5\n'builtin_function_or_method' object has no attribute 'zzz'\n['__func__', '__self__']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("bound method attributes", CASES);
