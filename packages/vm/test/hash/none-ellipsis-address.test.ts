// None and Ellipsis live at their fixed static addresses, so hash(None) and the order of sets holding them are CPython 3.8's. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "None and Ellipsis hash by their fixed addresses at run time as their constants do, so sets holding them iterate as in CPython",
    file: "none_address.py",
    source: "# None and Ellipsis hash by their fixed addresses at run time as their constants do, so sets holding them iterate as in CPython\nprint(hash(None) == hash(None), id(None) > 0, id(...) > 0)\nprint(hash(None) & 0xff, hash(...) & 0xff, id(None) & 0xfff, id(...) & 0xfff)\nprint({1, 'a', None, (1, 2), 3.5})\nprint({None, 1, 2, 3}, {3, 2, None, 1})\ns = set(range(6)); s.add(None); s.add(...)\nprint(s)\nprint(frozenset([None, ..., 0, 7]))\nx = None\nprint({x, 5} == {None, 5}, {x, 5})\n",
    stdout: "True True True\n34 66 544 1056\n{1, None, (1, 2), 3.5, 'a'}\n{3, 1, None, 2} {1, 2, 3, None}\n{0, 1, 2, 3, 4, 5, None, Ellipsis}\nfrozenset({0, None, Ellipsis, 7})\nTrue {None, 5}\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "None and Ellipsis in folded frozenset constants are found by runtime lookups, and the constants iterate as CPython's",
    file: "none_const.py",
    source: "# None and Ellipsis in folded frozenset constants are found by runtime lookups, and the constants iterate as CPython's\ndef f(x):\n    return x in {None, 'a', 3, ...}, x in {None}, x not in {..., 2}\nprint(f(None), f(...), f(3), f('b'))\nprint(f.__code__.co_consts)\nprint(frozenset({None, 'a', 3, ...}) == f.__code__.co_consts[1])\ns = {None, 'a', 3, ...}\nprint(s == f.__code__.co_consts[1], hash(f.__code__.co_consts[1]) == hash(frozenset(s)))\n",
    stdout: "(True, True, True) (True, False, False) (True, False, True) (False, False, True)\n(None, frozenset({'a', None, 3, Ellipsis}), frozenset({None}), frozenset({Ellipsis, 2}))\nTrue\nTrue True\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("None and Ellipsis addresses", CASES);
