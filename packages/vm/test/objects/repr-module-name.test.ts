// object_repr and type_repr print a heap type's own __module__ when it is a str, else its bare tp_name. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a class whose __module__ is not a str, or was deleted, reprs its instances by tp_name",
    file: "repr_module_not_str.py",
    source: "# a class whose __module__ is not a str, or was deleted, reprs its instances by tp_name\nclass K:\n    pass\nK.__qualname__ = 'Outer.K'\nprint(repr(K()).split(' at ')[0], repr(K))\nK.__module__ = 5\nprint(repr(K()).split(' at ')[0], repr(K))\nK.__module__ = None\nprint(repr(K()).split(' at ')[0], repr(K))\nns = {'__builtins__': __builtins__}\nexec('class L:\\n    pass', ns)\nL = ns['L']\nprint('__module__' in L.__dict__)\nL.__qualname__ = 'Q.L'\nprint(repr(L()).split(' at ')[0], repr(L))\nK.__module__ = 'builtins'\nprint(repr(K()).split(' at ')[0], repr(K))\nK.__module__ = 'pkg.mod'\nprint(repr(K()).split(' at ')[0], repr(K))\n",
    stdout: "<__main__.Outer.K object <class '__main__.Outer.K'>\n<K object <class 'K'>\n<K object <class 'K'>\nTrue\n<L object <class 'L'>\n<K object <class 'K'>\n<pkg.mod.Outer.K object <class 'pkg.mod.Outer.K'>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("object and type reprs read the class's __module__", CASES, [0, Number.POSITIVE_INFINITY]);
