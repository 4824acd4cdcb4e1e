// weakref.WeakSet is the class of Lib/_weakrefset.py; recorded from CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "WeakSet is defined in _weakrefset, and its class says so",
    file: "weakset_module.py",
    source: "# WeakSet is defined in _weakrefset, and its class says so\nimport weakref\nprint(weakref.WeakSet, weakref.WeakSet.__module__, weakref.WeakSet.__qualname__)\nprint(type(weakref.WeakSet([])).__module__, weakref.WeakKeyDictionary.__module__, weakref.WeakValueDictionary.__module__)\n",
    stdout: "<class '_weakrefset.WeakSet'> _weakrefset WeakSet\n_weakrefset weakref weakref\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("WeakSet's module", CASES);
