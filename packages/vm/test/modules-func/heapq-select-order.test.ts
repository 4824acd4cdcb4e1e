// heapq.nlargest and nsmallest evaluate their arguments in Lib/heapq.py's order. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "heapq.nlargest and nsmallest take iter(iterable) before range(n), as Lib/heapq.py does",
    file: "heapq_select_order.py",
    source: "# heapq.nlargest and nsmallest take iter(iterable) before range(n), as Lib/heapq.py does\nimport heapq\nfor f in (heapq.nlargest, heapq.nsmallest):\n    for n, it in (([1], 5), (2.5, 7), (2.5, iter([3, 1, 2])), (2.5, [3, 1, 2, 5]), (2, iter([3, 1, 2]))):\n        try:\n            print(f.__name__, f(n, it))\n        except TypeError as e:\n            print(f.__name__, 'TypeError:', e)\n        try:\n            print(f.__name__, f(n, it, key=abs))\n        except TypeError as e:\n            print(f.__name__, 'TypeError:', e)\n",
    stdout: "nlargest TypeError: 'int' object is not iterable\nnlargest TypeError: 'int' object is not iterable\nnlargest TypeError: 'int' object is not iterable\nnlargest TypeError: 'int' object is not iterable\nnlargest TypeError: 'float' object cannot be interpreted as an integer\nnlargest TypeError: 'float' object cannot be interpreted as an integer\nnlargest TypeError: 'float' object cannot be interpreted as an integer\nnlargest TypeError: 'float' object cannot be interpreted as an integer\nnlargest [3, 2]\nnlargest []\nnsmallest TypeError: 'int' object is not iterable\nnsmallest TypeError: 'int' object is not iterable\nnsmallest TypeError: 'int' object is not iterable\nnsmallest TypeError: 'int' object is not iterable\nnsmallest TypeError: 'float' object cannot be interpreted as an integer\nnsmallest TypeError: 'float' object cannot be interpreted as an integer\nnsmallest TypeError: 'float' object cannot be interpreted as an integer\nnsmallest TypeError: 'float' object cannot be interpreted as an integer\nnsmallest [1, 2]\nnsmallest []\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("heapq selection argument order", CASES, [0, Number.POSITIVE_INFINITY]);
