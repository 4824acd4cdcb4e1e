// _heapq and _collections as modules of their own, which heapq and collections take their C functions and types from. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "_heapq is a module of its own: heapq takes its C functions from it and puts it in sys.modules",
    file: "heapq_c_module.py",
    source: "# _heapq is a module of its own: heapq takes its C functions from it and puts it in sys.modules\nimport sys\nimport heapq\nprint('_heapq' in sys.modules)\nimport _heapq\nprint(_heapq.__name__, _heapq.__doc__.splitlines()[0])\nprint(sorted(n for n in vars(_heapq) if not n.startswith('__')))\nfor name in ('heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', '_heappop_max', '_heapreplace_max', '_heapify_max'):\n    f = getattr(heapq, name)\n    print(name, f is getattr(_heapq, name), f.__module__, f.__self__ is _heapq)\nprint(heapq.merge.__module__, heapq.nlargest.__module__, hasattr(_heapq, 'merge'))\nh = []\n_heapq.heappush(h, 3); _heapq.heappush(h, 1)\nprint(h, _heapq.heappop(h))\n",
    stdout: "True\n_heapq Heap queue algorithm (a.k.a. priority queue).\n['_heapify_max', '_heappop_max', '_heapreplace_max', 'heapify', 'heappop', 'heappush', 'heappushpop', 'heapreplace']\nheappush True _heapq True\nheappop True _heapq True\nheapify True _heapq True\nheapreplace True _heapq True\nheappushpop True _heapq True\n_heappop_max True _heapq True\n_heapreplace_max True _heapq True\n_heapify_max True _heapq True\nheapq heapq False\n[3] 1\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "_collections holds the C containers collections takes; blocking it leaves collections importable",
    file: "collections_c_module.py",
    source: "# _collections holds the C containers collections takes; blocking it leaves collections importable\nimport sys\nimport collections\nimport _collections\nprint(sorted(n for n in vars(_collections) if not n.startswith('__')))\nprint(_collections.__name__, _collections.__doc__.splitlines()[0])\nfor name in ('deque', 'defaultdict', 'OrderedDict', '_count_elements'):\n    print(name, getattr(collections, name) is getattr(_collections, name))\nprint(_collections._deque_iterator is type(iter(collections.deque())))\nprint(_collections._deque_reverse_iterator is type(reversed(collections.deque())))\nprint(_collections._count_elements.__module__, _collections._count_elements.__self__ is _collections)\nprint('_collections' in sys.modules)\nsaved = sys.modules.pop('collections'), sys.modules.pop('_collections')\nsys.modules['_collections'] = None\nimport collections as fresh\nprint(fresh is saved[0], fresh.OrderedDict(a=1), fresh.Counter('aab'))\ntry:\n    import _collections\nexcept ImportError as e:\n    print(type(e).__name__, e)\nsys.modules['collections'], sys.modules['_collections'] = saved\n",
    stdout: "['OrderedDict', '_count_elements', '_deque_iterator', '_deque_reverse_iterator', '_tuplegetter', 'defaultdict', 'deque']\n_collections High performance data structures.\ndeque True\ndefaultdict True\nOrderedDict True\n_count_elements True\nTrue\nTrue\n_collections True\nTrue\nFalse OrderedDict([('a', 1)]) Counter({'a': 2, 'b': 1})\nModuleNotFoundError import of _collections halted; None in sys.modules\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("C accelerator modules", CASES);
