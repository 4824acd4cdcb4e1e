// odict_iterator.__reduce__: iter() of a copy's remaining items, the iterator and its references left as they were. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "OrderedDict iterators reduce to iter() of what a copy would still give, the iterator left in place",
    file: "odict_iter_reduce.py",
    source: "# OrderedDict iterators reduce to iter() of what a copy would still give, the iterator left in place\nimport sys\nfrom collections import OrderedDict\nod = OrderedDict.fromkeys('abcd', 1)\nfor make in (lambda: iter(od), lambda: iter(od.values()), lambda: iter(od.items()), lambda: reversed(od), lambda: reversed(od.items()), lambda: reversed(od.keys())):\n    it = make()\n    print(type(it).__name__, it.__reduce__())\n    next(it)\n    print(it.__reduce__(), list(it), it.__reduce__())\nit = iter(od)\nrc = sys.getrefcount(od)\nk = next(it)\nrk = sys.getrefcount('b')\nit.__reduce__()\nprint(sys.getrefcount(od) - rc, sys.getrefcount('b') - rk)\nod['z'] = 2\ntry:\n    it.__reduce__()\nexcept RuntimeError as e:\n    print(e)\ntry:\n    next(it)\nexcept RuntimeError as e:\n    print(e)\nit = iter(od); next(it); od.move_to_end('c')\ntry:\n    it.__reduce__()\nexcept RuntimeError as e:\n    print(e)\nprint(next(it, 'end'))\n",
    stdout: "odict_iterator (<built-in function iter>, (['a', 'b', 'c', 'd'],))\n(<built-in function iter>, (['b', 'c', 'd'],)) ['b', 'c', 'd'] (<built-in function iter>, ([],))\nodict_iterator (<built-in function iter>, ([1, 1, 1, 1],))\n(<built-in function iter>, ([1, 1, 1],)) [1, 1, 1] (<built-in function iter>, ([],))\nodict_iterator (<built-in function iter>, ([('a', 1), ('b', 1), ('c', 1), ('d', 1)],))\n(<built-in function iter>, ([('b', 1), ('c', 1), ('d', 1)],)) [('b', 1), ('c', 1), ('d', 1)] (<built-in function iter>, ([],))\nodict_iterator (<built-in function iter>, (['d', 'c', 'b', 'a'],))\n(<built-in function iter>, (['c', 'b', 'a'],)) ['c', 'b', 'a'] (<built-in function iter>, ([],))\nodict_iterator (<built-in function iter>, ([('d', 1), ('c', 1), ('b', 1), ('a', 1)],))\n(<built-in function iter>, ([('c', 1), ('b', 1), ('a', 1)],)) [('c', 1), ('b', 1), ('a', 1)] (<built-in function iter>, ([],))\nodict_iterator (<built-in function iter>, (['d', 'c', 'b', 'a'],))\n(<built-in function iter>, (['c', 'b', 'a'],)) ['c', 'b', 'a'] (<built-in function iter>, ([],))\n0 0\nOrderedDict mutated during iteration\nOrderedDict mutated during iteration\nOrderedDict mutated during iteration\n",
    stderr: "Traceback (most recent call last):\n  File \"odict_iter_reduce.py\", line 30, in <module>\n    print(next(it, 'end'))\nRuntimeError: OrderedDict mutated during iteration\n",
    exit: 1,
  },
];

describeCpythonCases("OrderedDict iterator reduction", CASES);
