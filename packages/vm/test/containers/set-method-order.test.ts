// The order of set and frozenset methods in their type dicts, as CPython 3.8's method tables give it. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "set and frozenset list their methods in the order of CPython 3.8's set_methods and frozenset_methods tables",
    file: "set_method_table_order.py",
    source: "# set and frozenset list their methods in the order of CPython 3.8's set_methods and frozenset_methods tables\nprint(list(frozenset.__dict__))\nprint([name for name in set.__dict__ if not name.startswith('__') or name in ('__reduce__', '__sizeof__')])\nprint(sorted(dir(set)) == dir(set), len(dir(set)), len(dir(frozenset)))\n",
    stdout: "['__repr__', '__hash__', '__getattribute__', '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__iter__', '__sub__', '__rsub__', '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__len__', '__contains__', '__new__', 'copy', 'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', '__reduce__', '__sizeof__', 'symmetric_difference', 'union', '__doc__']\n['add', 'clear', 'copy', 'discard', 'difference', 'difference_update', 'intersection', 'intersection_update', 'isdisjoint', 'issubset', 'issuperset', 'pop', '__reduce__', 'remove', '__sizeof__', 'symmetric_difference', 'symmetric_difference_update', 'union', 'update']\nTrue 55 42\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("set method table order", CASES, [0, Number.POSITIVE_INFINITY]);
