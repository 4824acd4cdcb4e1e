// collections._count_elements and the _heapq functions heapq re-exports, as CPython 3.8's C modules define them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "collections._count_elements goes through the mapping's get and __setitem__; the C functions heapq re-exports belong to _heapq",
    file: "stdmods_04.py",
    source: "# collections._count_elements goes through the mapping's get and __setitem__; the C functions heapq re-exports belong to _heapq\nimport collections, heapq\nfrom collections import _count_elements\nprint(_count_elements, _count_elements.__module__)\nd = {}\nprint(_count_elements(d, 'abracadabra'), d)\nclass M(dict):\n    def get(self, k, default=None):\n        print('get', k, default)\n        return dict.get(self, k, default)\n    def __setitem__(self, k, v):\n        print('set', k, v)\n        dict.__setitem__(self, k, v)\nm = M(); _count_elements(m, 'aba'); print(m)\nfor args in ((), ({},), ({}, 'a', 1), ({}, 5), (5, 'a')):\n    try:\n        _count_elements(*args)\n    except Exception as e:\n        print(type(e).__name__, e)\nfor name in ('heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', '_heappop_max', '_heapreplace_max', '_heapify_max'):\n    print(name, getattr(heapq, name).__module__)\n",
    stdout: "<built-in function _count_elements> _collections\nNone {'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}\nget a 0\nset a 1\nget b 0\nset b 1\nget a 0\nset a 2\n{'a': 2, 'b': 1}\nTypeError _count_elements expected 2 arguments, got 0\nTypeError _count_elements expected 2 arguments, got 1\nTypeError _count_elements expected 2 arguments, got 3\nTypeError 'int' object is not iterable\nAttributeError 'int' object has no attribute 'get'\nheappush _heapq\nheappop _heapq\nheapify _heapq\nheapreplace _heapq\nheappushpop _heapq\n_heappop_max _heapq\n_heapreplace_max _heapq\n_heapify_max _heapq\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("C module functions", CASES);
