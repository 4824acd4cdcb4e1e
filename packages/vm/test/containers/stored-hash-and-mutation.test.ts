// Cases found by running CPython 3.8's Lib/test container tests (test_dict, test_set, test_sort, test_tuple, test_enumerate, test_iter) on corosim. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "dict.fromkeys of a dict or set whose keys' __eq__ clears the source: no crash, the walk just ends",
    file: "containers_01.py",
    source: "# dict.fromkeys of a dict or set whose keys' __eq__ clears the source: no crash, the walk just ends\nclass X(int):\n    def __hash__(self):\n        return 13\n\n    def __eq__(self, other):\n        if len(d) > 1:\n            d.clear()\n        return False\n\n\nd = {}\nd = {X(1): 1, X(2): 2}\nr = dict.fromkeys(d)\nprint(len(r), len(d))\n\nd = {X(1), X(2)}\nr = dict.fromkeys(d, 'v')\nprint(len(r), len(d), sorted(r.values()))\n\nd = {X(1): 1, X(2): 2, X(3): 3}\ns = set(d)\nprint(len(s), len(d))\n",
    stdout: "2 0\n2 0 ['v', 'v']\n2 0\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "Keys taken from a dict or set keep their stored hash: set(d), difference, symmetric_difference_update, fromkeys, update, copy",
    file: "containers_02.py",
    source: "# Keys taken from a dict or set keep their stored hash: set(d), difference, symmetric_difference_update, fromkeys, update, copy\nclass H(int):\n    calls = 0\n\n    def __hash__(self):\n        H.calls += 1\n        return int.__hash__(self)\n\n\nd = dict.fromkeys(map(H, range(10)))\nprint('fromkeys(iter)', H.calls)\nfor label, op in [\n    ('set(d)', lambda: set(d)),\n    ('frozenset(d)', lambda: frozenset(d)),\n    ('set.difference(d)', lambda: set(d).difference(d)),\n    ('set.symmetric_difference_update(d)', lambda: set(d).symmetric_difference_update(d)),\n    ('fromkeys(set)', lambda: dict.fromkeys(set(d))),\n    ('fromkeys(frozenset)', lambda: dict.fromkeys(frozenset(d), 1)),\n    ('fromkeys(dict)', lambda: dict.fromkeys(d, 2)),\n    ('dict(d)', lambda: dict(d)),\n    ('update', lambda: {H(1): 0}.update(d)),\n    ('copy', lambda: d.copy()),\n    ('set.update(d)', lambda: {1, 2}.update(d)),\n]:\n    H.calls = 0\n    op()\n    print(label, H.calls)\nprint(dict.fromkeys(frozenset(d), 123) == dict.fromkeys(d, 123))\nbig = {2 ** 61 + 5: 'a', -(2 ** 62): 'b', 2 ** 53 + 1: 'c'}\nprint(set(big) == set(big.keys()), sorted(dict.fromkeys(big)) == sorted(big))\n",
    stdout: "fromkeys(iter) 10\nset(d) 0\nfrozenset(d) 0\nset.difference(d) 0\nset.symmetric_difference_update(d) 0\nfromkeys(set) 0\nfromkeys(frozenset) 0\nfromkeys(dict) 0\ndict(d) 0\nupdate 1\ncopy 0\nset.update(d) 0\nTrue\nTrue True\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "set.update(other set) and set operations survive a key __eq__ that clears the other set",
    file: "containers_03.py",
    source: "# set.update(other set) and set operations survive a key __eq__ that clears the other set\nclass X:\n    def __hash__(self):\n        return hash(0)\n\n    def __eq__(self, o):\n        other.clear()\n        return False\n\n\nother = set()\nother = {X() for i in range(10)}\ns = {0}\ns.update(other)\nprint(len(s) >= 1, len(other))\n\nother = {X() for i in range(10)}\ns = {0}\nprint(len(s & other) == 0, len(other))\n\nother = {X() for i in range(10)}\ns = {0, 1}\ns.difference_update(other)\nprint(sorted(s, key=repr)[:2] == [0, 1], len(other))\n\nother = {X() for i in range(10)}\ns = {0}\nprint(s.isdisjoint(other), len(other))\n",
    stdout: "True 0\nTrue 0\nTrue 0\nTrue 0\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "dict.setdefault hashes the key once and compares it once (PyDict_SetDefault)",
    file: "containers_04.py",
    source: "# dict.setdefault hashes the key once and compares it once (PyDict_SetDefault)\nclass Hashed(object):\n    def __init__(self):\n        self.hash_count = 0\n        self.eq_count = 0\n\n    def __hash__(self):\n        self.hash_count += 1\n        return 42\n\n    def __eq__(self, other):\n        self.eq_count += 1\n        return id(self) == id(other)\n\n\nhashed1 = Hashed()\ny = {hashed1: 5}\nhashed2 = Hashed()\nr = y.setdefault(hashed2, [])\nprint(r, hashed1.hash_count, hashed2.hash_count, hashed1.eq_count + hashed2.eq_count)\nprint(y.setdefault(hashed1, 'x'), hashed1.hash_count, len(y))\nprint({}.setdefault('k'), {'k': 1}.setdefault('k', 2))\n",
    stdout: "[] 1 1 1\n5 2 2\nNone 1\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "gc untracks tuples and dicts that hold static types (they are no GC objects: type_is_gc)",
    file: "containers_05.py",
    source: "# gc untracks tuples and dicts that hold static types (they are no GC objects: type_is_gc)\nimport gc\n\n\nclass A:\n    pass\n\n\ncases = [\n    (1, 2, (None, True, False, ()), int),\n    (int, str, object, type),\n    (A,),\n    (1, (int,)),\n]\nfor t in cases:\n    gc.collect()\n    gc.collect()\n    print(gc.is_tracked(t))\nprint(gc.is_tracked({1: 2, (None, True, False, ()): int}))\nprint(gc.is_tracked({1: int}), gc.is_tracked({1: A}))\nprint(gc.is_tracked(int), gc.is_tracked(A))\n",
    stdout: "False\nFalse\nTrue\nFalse\nFalse\nFalse True\nFalse True\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "tuple() of a list or tuple subclass goes through its __iter__ (PySequence_Tuple checks exact types)",
    file: "containers_06.py",
    source: "# tuple() of a list or tuple subclass goes through its __iter__ (PySequence_Tuple checks exact types)\nclass LyingTuple(tuple):\n    def __iter__(self):\n        yield 1\n\n\nclass LyingList(list):\n    def __iter__(self):\n        yield 1\n\n\nprint(tuple(LyingTuple((2,))), tuple(LyingList([2])))\nprint(list(LyingTuple((2,))), list(LyingList([2])))\nprint(tuple([3, 4]), tuple((5, 6)))\nt = (7, 8)\nprint(tuple(t) is t)\n",
    stdout: "(1,) (1,)\n[1] [1]\n(3, 4) (5, 6)\nTrue\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "list.sort notices any mutation during the sort, even an append undone by a pop (allocated != -1)",
    file: "containers_07.py",
    source: "# list.sort notices any mutation during the sort, even an append undone by a pop (allocated != -1)\nimport sys\nfrom functools import cmp_to_key\n\nL = [1, 2]\n\n\ndef mutating_cmp(x, y):\n    L.append(3)\n    L.pop()\n    return (x > y) - (x < y)\n\n\ntry:\n    L.sort(key=cmp_to_key(mutating_cmp))\nexcept ValueError as e:\n    print('ValueError:', e)\nprint(L)\n\n\ndef clearing_cmp(x, y):\n    L.append(3)\n    del L[:]\n    return (x > y) - (x < y)\n\n\nL = [3, 1, 2]\ntry:\n    L.sort(key=cmp_to_key(clearing_cmp))\nexcept ValueError as e:\n    print('ValueError:', e)\nprint(L)\n\nsizes = []\nL = [5, 4, 3]\nL.sort(key=lambda x: (sizes.append((len(L), sys.getsizeof(L))), x)[1])\nprint(L, sizes)\nL = [2, 1]\nL.sort(key=lambda x: L.clear() or x)\nprint(L)\n",
    stdout: "ValueError: list modified during sort\n[1, 2]\nValueError: list modified during sort\n[1, 2, 3]\n[3, 4, 5] [(0, 48), (0, 48), (0, 48)]\n[1, 2]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "enumerate and zip re-track their reused result tuple after a collection untracked it (bpo-42536)",
    file: "containers_08.py",
    source: "# enumerate and zip re-track their reused result tuple after a collection untracked it (bpo-42536)\nimport gc\n\nit = enumerate([[]])\ngc.collect()\nx = next(it)\nprint(x, gc.is_tracked(x))\n\nit = zip([[]], [1])\ngc.collect()\nx = next(it)\nprint(x, gc.is_tracked(x))\n\nit = enumerate([1, 2, 3])\na = next(it)\ndel a\ngc.collect()\nb = next(it)\nprint(b, gc.is_tracked(b))\ngc.collect()\nprint(gc.is_tracked(b))\n",
    stdout: "(0, []) True\n([], 1) True\n(1, 2) True\nFalse\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "Sequence iterators' __reduce__, __setstate__ and the generic iterator's __length_hint__ (listobject.c, tupleobject.c, iterobject.c)",
    file: "containers_09.py",
    source: "# Sequence iterators' __reduce__, __setstate__ and the generic iterator's __length_hint__ (listobject.c, tupleobject.c, iterobject.c)\nimport sys\n\n\nclass Seq:\n    def __getitem__(self, i):\n        if i < 5:\n            return i\n        raise IndexError\n\n\nclass Sized(Seq):\n    def __len__(self):\n        return 5\n\n\nclass Unlimited:\n    def __getitem__(self, i):\n        return i\n\n\ndef show(r):\n    return (r[0].__name__,) + tuple(x if not isinstance(x, (Seq, type(lambda: 0))) else type(x).__name__ for x in r[1:])\n\n\nfor make in (lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter(Sized()), lambda: iter(iter([1, 2, 3]).__next__, 3)):\n    it = make()\n    print(type(it).__name__, show(it.__reduce__()))\n    next(it)\n    print(' ', show(it.__reduce__()))\n    for _ in it:\n        break\n    list(it)\n    print(' ', show(it.__reduce__()))\n\nfor make, states in ((lambda: iter([10, 11, 12]), (-5, 1, 99)), (lambda: reversed([10, 11, 12]), (-5, 0, 1, 99)), (lambda: iter((10, 11, 12)), (2, 3))):\n    for st in states:\n        it = make()\n        it.__setstate__(st)\n        print(type(it).__name__, st, list(it))\n\nit = iter(Sized())\nprint(it.__length_hint__())\nnext(it)\nprint(it.__length_hint__())\nprint(iter(Seq()).__length_hint__())\nit = iter(Sized())\nit.__setstate__(-42)\nprint(next(it), next(it))\nit = iter(Unlimited())\nit.__setstate__(sys.maxsize - 2)\nprint(next(it), next(it))\nfor _ in range(2):\n    try:\n        next(it)\n    except OverflowError as e:\n        print('OverflowError:', e)\nfor bad in ('1', 1.0, 2 ** 64):\n    try:\n        iter([1]).__setstate__(bad)\n    except (TypeError, OverflowError) as e:\n        print(type(e).__name__, e)\nprint(iter([1]).__setstate__(True))\n",
    stdout: "list_iterator ('iter', ([1, 2, 3],), 0)\n  ('iter', ([1, 2, 3],), 1)\n  ('iter', ([],))\nlist_reverseiterator ('reversed', ([1, 2, 3],), 2)\n  ('reversed', ([1, 2, 3],), 1)\n  ('iter', ([],))\ntuple_iterator ('iter', ((1, 2, 3),), 0)\n  ('iter', ((1, 2, 3),), 1)\n  ('iter', ((),))\niterator ('iter', (<__main__.Sized object at 0x?>,), 0)\n  ('iter', (<__main__.Sized object at 0x?>,), 1)\n  ('iter', ((),))\ncallable_iterator ('iter', (<method-wrapper '__next__' of list_iterator object at 0x?>, 3))\n  ('iter', (<method-wrapper '__next__' of list_iterator object at 0x?>, 3))\n  ('iter', ((),))\nlist_iterator -5 [10, 11, 12]\nlist_iterator 1 [11, 12]\nlist_iterator 99 []\nlist_reverseiterator -5 []\nlist_reverseiterator 0 [10]\nlist_reverseiterator 1 [11, 10]\nlist_reverseiterator 99 [12, 11, 10]\ntuple_iterator 2 [12]\ntuple_iterator 3 []\n5\n4\nNotImplemented\n0 1\n9223372036854775805 9223372036854775806\nOverflowError: iter index too large\nOverflowError: iter index too large\nTypeError an integer is required\nTypeError an integer is required\nOverflowError Python int too large to convert to C ssize_t\nNone\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "enumerate, reversed, zip, map and filter: __reduce__ names the type and its state; reversed.__setstate__ clamps",
    file: "containers_10.py",
    source: "# enumerate, reversed, zip, map and filter: __reduce__ names the type and its state; reversed.__setstate__ clamps\nclass E(enumerate):\n    pass\n\n\ndef names(r):\n    return [type(x).__name__ if not isinstance(x, (int, str, tuple)) or isinstance(x, bool) else x for x in r]\n\n\ne = enumerate('abc', 5)\nnext(e)\nr = e.__reduce__()\nprint(r[0].__name__, names(r[1]))\nprint(E('ab').__reduce__()[0].__name__, enumerate('ab', 2 ** 70).__reduce__()[1][1])\nrv = reversed('abcd')\nnext(rv)\nprint(rv.__reduce__())\nprint(list(rv), rv.__reduce__()[0].__name__, rv.__reduce__()[1:])\nfor st in (-9, -1, 0, 2, 50):\n    rv = reversed('abcd')\n    rv.__setstate__(st)\n    print(st, list(rv))\nz = zip('ab', [1, 2], (3,))\nprint(z.__reduce__()[0].__name__, names(z.__reduce__()[1]))\nm = map(pow, [1, 2], [3, 4])\nprint(m.__reduce__()[0].__name__, names(m.__reduce__()[1]))\nf = filter(None, [0, 1])\nprint(f.__reduce__()[0].__name__, names(f.__reduce__()[1]))\nlist(f)\nprint(names(f.__reduce__()[1]))\ntry:\n    reversed('ab').__setstate__('x')\nexcept TypeError as exc:\n    print('TypeError', exc)\n",
    stdout: "enumerate ['str_iterator', 6]\nE 1180591620717411303424\n(<class 'reversed'>, ('abcd',), 2)\n['c', 'b', 'a'] reversed (((),),)\n-9 []\n-1 []\n0 ['a']\n2 ['c', 'b', 'a']\n50 ['d', 'c', 'b', 'a']\nzip ['str_iterator', 'list_iterator', 'tuple_iterator']\nmap ['builtin_function_or_method', 'list_iterator', 'list_iterator']\nfilter ['NoneType', 'list_iterator']\n['NoneType', 'list_iterator']\nTypeError an integer is required\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("containers: stored hashes, mutation during walks, gc tracking, iterator state", CASES);
