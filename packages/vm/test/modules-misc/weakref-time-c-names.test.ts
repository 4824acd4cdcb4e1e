// The _weakref module (whose functions weakref takes) and time._STRUCT_TM_ITEMS, as CPython 3.8 has them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "time._STRUCT_TM_ITEMS counts the fields of struct_time with tm_zone and tm_gmtoff",
    file: "time_struct_tm_items.py",
    source: "# time._STRUCT_TM_ITEMS counts the fields of struct_time with tm_zone and tm_gmtoff\nimport time\nprint(time._STRUCT_TM_ITEMS, time.struct_time.n_fields, time.struct_time.n_sequence_fields)\nt = time.gmtime(0)\nprint([getattr(t, name) for name in dir(t) if name.startswith('tm_')][:time._STRUCT_TM_ITEMS])\n",
    stdout: "11 11 9\n[0, 0, 0, 1, 0, 1, 0, 3, 1, 1970, 'GMT']\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "the _weakref module, and weakref taking its functions from it",
    file: "weakref_c_module.py",
    source: "# the _weakref module, and weakref taking its functions from it\nimport _weakref\nprint(_weakref, repr(_weakref.__doc__), sorted(vars(_weakref)))\nimport weakref\nfor n in ('getweakrefcount', 'getweakrefs', 'proxy', '_remove_dead_weakref', 'ref', 'ReferenceType', 'ProxyType', 'CallableProxyType'):\n    print(n, getattr(weakref, n) is getattr(_weakref, n), getattr(_weakref, n))\nprint(weakref.getweakrefs.__self__, weakref.proxy.__module__)\nclass A: pass\na = A()\nr = _weakref.ref(a)\nprint(_weakref.getweakrefcount(a), _weakref.getweakrefs(a) == [r])\n",
    stdout: "<module '_weakref' (built-in)> 'Weak-reference support module.' ['CallableProxyType', 'ProxyType', 'ReferenceType', '__doc__', '__loader__', '__name__', '__package__', '__spec__', '_remove_dead_weakref', 'getweakrefcount', 'getweakrefs', 'proxy', 'ref']\ngetweakrefcount True <built-in function getweakrefcount>\ngetweakrefs True <built-in function getweakrefs>\nproxy True <built-in function proxy>\n_remove_dead_weakref True <built-in function _remove_dead_weakref>\nref True <class 'weakref'>\nReferenceType True <class 'weakref'>\nProxyType True <class 'weakproxy'>\nCallableProxyType True <class 'weakcallableproxy'>\n<module '_weakref' (built-in)> _weakref\n1 True\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("C module names", CASES);
