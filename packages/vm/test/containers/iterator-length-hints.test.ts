// __length_hint__ of set, bytes and bytearray iterators against CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__length_hint__ of the built-in iterators, while iterating, after mutation and once exhausted",
    file: "iterator_length_hints.py",
    source: "# __length_hint__ of the built-in iterators, while iterating, after mutation and once exhausted\nimport collections\nobjs = [iter([]), iter(''), iter(b'ab'), iter(bytearray(b'abc')), iter(range(2)), iter({}), iter({1: 2}.items()), iter({1, 2, 3}), iter(frozenset('ab')), reversed([1]), reversed(range(2)), reversed('ab'), enumerate([1]), iter(collections.deque([1]))]\nfor o in objs:\n    print(type(o).__name__, hasattr(o, '__length_hint__'), o.__length_hint__() if hasattr(o, '__length_hint__') else '')\ns = {1, 2, 3}\nit = iter(s)\nnext(it)\nprint('set after one', it.__length_hint__())\ns.add(4)\nprint('set after add', it.__length_hint__())\ntry:\n    next(it)\nexcept RuntimeError as e:\n    print(e, it.__length_hint__())\nba = bytearray(b'abcd')\nbi = iter(ba)\nnext(bi)\nprint('bytearray', bi.__length_hint__())\ndel ba[1:]\nprint('bytearray shrunk', bi.__length_hint__(), list(bi), bi.__length_hint__())\nbt = iter(b'xyz')\nprint(bt.__length_hint__(), next(bt), bt.__length_hint__(), list(bt), bt.__length_hint__())\nprint(list(iter({5, 6})), len(list(iter(frozenset()))))\n",
    stdout: "list_iterator True 0\nstr_iterator True 0\nbytes_iterator True 2\nbytearray_iterator True 3\nrange_iterator True 2\ndict_keyiterator True 0\ndict_itemiterator True 1\nset_iterator True 3\nset_iterator True 2\nlist_reverseiterator True 1\nrange_iterator True 2\nreversed True 2\nenumerate False \n_deque_iterator True 1\nset after one 2\nset after add 0\nSet changed size during iteration 0\nbytearray 3\nbytearray shrunk 0 [] 0\n3 120 2 [121, 122] 0\n[5, 6] 0\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("iterator __length_hint__", CASES);
