// deque argument errors, iterator construction and reduction, and subclass copies, as CPython 3.8's Modules/_collectionsmodule.c does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "deque.rotate, index and insert word their argument-count errors as PyArg_ParseStack does",
    file: "deque_arg_messages.py",
    source: "# deque.rotate, index and insert word their argument-count errors as PyArg_ParseStack does\nfrom collections import deque\nd = deque([1, 2, 3])\nfor name, args in [('rotate', (1, 2)), ('index', ()), ('index', (1, 0, 1, 2)), ('insert', ()), ('insert', (1,)), ('insert', (1, 2, 3))]:\n    try:\n        print(name, getattr(d, name)(*args))\n    except TypeError as e:\n        print(name, e)\nprint(d.index(2, 0, 3), d.rotate(), d)\n",
    stdout: "rotate rotate() takes at most 1 argument (2 given)\nindex index() takes at least 1 argument (0 given)\nindex index() takes at most 3 arguments (4 given)\ninsert insert() takes exactly 2 arguments (0 given)\ninsert insert() takes exactly 2 arguments (1 given)\ninsert insert() takes exactly 2 arguments (3 given)\n1 None deque([3, 1, 2])\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "deque iterator types can be called with a deque and a start index, and reduce to that call",
    file: "deque_iter_new.py",
    source: "# deque iterator types can be called with a deque and a start index, and reduce to that call\nfrom collections import deque\nd = deque('abcd')\nfwd, rev = type(iter(d)), type(reversed(d))\nprint(list(fwd(d)), list(rev(d)), list(fwd(d, 1)), list(rev(d, 3)), list(fwd(d, 10)), list(rev(d, -1)))\nprint(list(fwd(d, 2, extra=1)))\nfor bad in [(), (1,), ([1],), (d, 'a'), (d, 1.5), (d, 1, 2)]:\n    for t in (fwd, rev):\n        try:\n            print(list(t(*bad)))\n        except TypeError as e:\n            print(t.__name__, e)\nit = iter(d)\nnext(it)\nr = it.__reduce__()\nprint(r[0] is fwd, r[1], it.__length_hint__(), list(r[0](*r[1])))\nit = reversed(d)\nprint(it.__reduce__()[1])\nnext(it); next(it)\nr = it.__reduce__()\nprint(r[0] is rev, r[1], list(r[0](*r[1])))\n",
    stdout: "['a', 'b', 'c', 'd'] ['d', 'c', 'b', 'a'] ['b', 'c', 'd'] ['a'] [] ['d', 'c', 'b', 'a']\n['c', 'd']\n_deque_iterator function takes at least 1 argument (0 given)\n_deque_reverse_iterator function takes at least 1 argument (0 given)\n_deque_iterator argument 1 must be collections.deque, not int\n_deque_reverse_iterator argument 1 must be collections.deque, not int\n_deque_iterator argument 1 must be collections.deque, not list\n_deque_reverse_iterator argument 1 must be collections.deque, not list\n_deque_iterator 'str' object cannot be interpreted as an integer\n_deque_reverse_iterator 'str' object cannot be interpreted as an integer\n_deque_iterator integer argument expected, got float\n_deque_reverse_iterator integer argument expected, got float\n_deque_iterator function takes at most 2 arguments (3 given)\n_deque_reverse_iterator function takes at most 2 arguments (3 given)\nTrue (deque(['a', 'b', 'c', 'd']), 1) 3 ['b', 'c', 'd']\n(deque(['a', 'b', 'c', 'd']), 0)\nTrue (deque(['a', 'b', 'c', 'd']), 2) ['b', 'a']\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "copying a deque subclass checks that calling the subclass made a deque, as deque_copy does",
    file: "deque_subclass_copy.py",
    source: "# copying a deque subclass checks that calling the subclass made a deque, as deque_copy does\nfrom collections import deque\nclass X(deque):\n    pass\nx = X([1, 2])\nprint(type(x.copy()).__name__, x * 2, x + deque([3]))\nX.__new__ = lambda cls, *args, **kwargs: [42]\nfor op in ('x * 2', 'x + deque([1, 2, 3])', 'x.copy()', 'x.__copy__()'):\n    try:\n        print(op, eval(op))\n    except TypeError as e:\n        print(op, e)\nclass M(deque):\n    def __new__(cls, *args):\n        print('new', cls.__name__, args)\n        return deque(*args)\nm = deque.__new__(M)\ndeque.__init__(m, [1], 3)\nprint(m.copy(), M.copy(m))\n",
    stdout: "X X([1, 2, 1, 2]) X([1, 2, 3])\nx * 2 X() must return a deque, not list\nx + deque([1, 2, 3]) X() must return a deque, not list\nx.copy() X() must return a deque, not list\nx.__copy__() X() must return a deque, not list\nnew M (M([1], maxlen=3), 3)\nnew M (M([1], maxlen=3), 3)\ndeque([1], maxlen=3) deque([1], maxlen=3)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("deque arguments, iterators and copies", CASES, [0, Number.POSITIVE_INFINITY]);
