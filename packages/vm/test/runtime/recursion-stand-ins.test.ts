// The recursion levels CPython counts in the Python code corosim writes natively (a function's frame, the builtins it calls, ABCMeta's cache lookups), so a RecursionError comes where and as CPython's does; limits relative to the levels in use, so the runner's own do not count. Expected output recorded from CPython 3.8.18 through the oracle. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a Mapping whose __getitem__ recurses through the inherited get(): each get() call is a frame, as in CPython",
    file: "mapping_get_recursion.py",
    source: "# a Mapping whose __getitem__ recurses through the inherited get(): each get() call is a frame, as in CPython\nfrom collections.abc import Mapping\nimport sys\ndef levels_in_use():\n    # the recursion levels below the program (a runner may add some): a limit minus the calls\n    # that fit under it\n    reached = 0\n    def r(n):\n        nonlocal reached\n        reached = n\n        r(n + 1)\n    sys.setrecursionlimit(100)\n    try:\n        r(1)\n    except RecursionError:\n        pass\n    return 100 - reached\nbase = levels_in_use()\nclass M(Mapping):\n    def __getitem__(self, k):\n        global deepest\n        deepest = k\n        return self.get(k + 1)\n    def __iter__(self):\n        return iter(())\n    def __len__(self):\n        return 0\nm = M()\nfor lim in range(50, 54):\n    sys.setrecursionlimit(base + lim)\n    try:\n        m[0]\n    except RecursionError as e:\n        print(lim, e, deepest)\nclass N(Mapping):\n    def __getitem__(self, k):\n        if k == 0:\n            raise KeyError(k)\n        return self.get(k - 1, 'default')\n    __iter__ = M.__iter__\n    __len__ = M.__len__\nsys.setrecursionlimit(1000)\nprint(N()[3])\n",
    stdout: "50 maximum recursion depth exceeded 25\n51 maximum recursion depth exceeded 25\n52 maximum recursion depth exceeded 26\n53 maximum recursion depth exceeded 26\ndefault\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "comparing UserDicts that contain each other: Mapping.__eq__'s isinstance, ABCMeta.__instancecheck__ and its cache lookup count as in CPython",
    file: "userdict_recursive_compare.py",
    source: "# comparing UserDicts that contain each other: Mapping.__eq__'s isinstance, ABCMeta.__instancecheck__ and its cache lookup count as in CPython\nfrom collections import UserDict\nimport sys\ndef levels_in_use():\n    # the recursion levels below the program (a runner may add some): a limit minus the calls\n    # that fit under it\n    reached = 0\n    def r(n):\n        nonlocal reached\n        reached = n\n        r(n + 1)\n    sys.setrecursionlimit(100)\n    try:\n        r(1)\n    except RecursionError:\n        pass\n    return 100 - reached\nbase = levels_in_use()\nd1 = UserDict(); d2 = UserDict(); d1['x'] = d2; d2['x'] = d1\nfor lim in range(50, 56):\n    sys.setrecursionlimit(base + lim)\n    try:\n        d1 == d2\n    except RecursionError as e:\n        print(lim, e)\n",
    stdout: "50 maximum recursion depth exceeded in comparison\n51 maximum recursion depth exceeded in comparison\n52 maximum recursion depth exceeded while calling a Python object\n53 maximum recursion depth exceeded in comparison\n54 maximum recursion depth exceeded in comparison\n55 maximum recursion depth exceeded while calling a Python object\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "comparing UserLists that contain each other: the recursion limit trips where CPython's does (the methods' frames, __cast, its isinstance)",
    file: "userlist_recursive_compare.py",
    source: "# comparing UserLists that contain each other: the recursion limit trips where CPython's does (the methods' frames, __cast, its isinstance)\nfrom collections import UserList\nimport sys, operator\ndef levels_in_use():\n    # the recursion levels below the program (a runner may add some): a limit minus the calls\n    # that fit under it\n    reached = 0\n    def r(n):\n        nonlocal reached\n        reached = n\n        r(n + 1)\n    sys.setrecursionlimit(100)\n    try:\n        r(1)\n    except RecursionError:\n        pass\n    return 100 - reached\nbase = levels_in_use()\na = UserList(); b = UserList(); a.append(b); b.append(a)\nfor lim in range(50, 56):\n    sys.setrecursionlimit(base + lim)\n    for op in (operator.eq, operator.lt, operator.ge):\n        try:\n            op(a, b)\n        except RecursionError as e:\n            print(lim, op.__name__, e)\nb.append(17)\nprint(a != b)\n",
    stdout: "50 eq maximum recursion depth exceeded\n50 lt maximum recursion depth exceeded\n50 ge maximum recursion depth exceeded\n51 eq maximum recursion depth exceeded while calling a Python object\n51 lt maximum recursion depth exceeded while calling a Python object\n51 ge maximum recursion depth exceeded while calling a Python object\n52 eq maximum recursion depth exceeded\n52 lt maximum recursion depth exceeded\n52 ge maximum recursion depth exceeded\n53 eq maximum recursion depth exceeded\n53 lt maximum recursion depth exceeded\n53 ge maximum recursion depth exceeded\n54 eq maximum recursion depth exceeded while calling a Python object\n54 lt maximum recursion depth exceeded while calling a Python object\n54 ge maximum recursion depth exceeded while calling a Python object\n55 eq maximum recursion depth exceeded\n55 lt maximum recursion depth exceeded\n55 ge maximum recursion depth exceeded\nTrue\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("recursion levels of natively written Python code", CASES);
