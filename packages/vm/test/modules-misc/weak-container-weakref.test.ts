// WeakSet, WeakKeyDictionary and WeakValueDictionary have their own __weakref__ descriptor. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "the weak containers have their own __weakref__ descriptor",
    file: "weak_container_weakref.py",
    source: "# the weak containers have their own __weakref__ descriptor\nimport weakref\nfor T in (weakref.WeakSet, weakref.WeakKeyDictionary, weakref.WeakValueDictionary):\n    d = vars(T)['__weakref__']\n    print(T.__name__, type(d).__name__, d.__name__, d.__objclass__ is T)\n    o = T()\n    print(o.__weakref__ is None)\n    r = weakref.ref(o)\n    print(o.__weakref__ is r)\n",
    stdout: "WeakSet getset_descriptor __weakref__ True\nFalse\nTrue\nWeakKeyDictionary getset_descriptor __weakref__ True\nFalse\nTrue\nWeakValueDictionary getset_descriptor __weakref__ True\nFalse\nTrue\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("weak container __weakref__", CASES);
