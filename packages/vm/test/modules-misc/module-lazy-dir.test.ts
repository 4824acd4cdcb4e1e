// collections: dir() lists ChainMap/UserDict/UserList/UserString before first use. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "dir(collections) lists ChainMap, UserDict, UserList and UserString before they are used",
    file: "dir_collections.py",
    source: "# dir(collections) lists ChainMap, UserDict, UserList and UserString before they are used\nimport collections\n# ('abc' is left out: the oracle's own imports load collections.abc, a plain python3.8 does not.)\nnames = dir(collections)\nprint([n for n in names if not n.startswith('_') and n != 'abc'])\nprint(names == sorted(names), 'ChainMap' in names, 'UserString' in names)\nprint(collections.ChainMap({'a': 1})['a'], len([n for n in dir(collections) if n == 'ChainMap']))\n",
    stdout: "['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque', 'namedtuple']\nTrue True True\n1 1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("dir() of modules with lazily made names", CASES);
