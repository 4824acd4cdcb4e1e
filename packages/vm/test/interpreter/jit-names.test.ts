// LOAD_NAME/STORE_NAME keep their name's position in exact-dict locals (jit-codegen.ts nameCache); whatever happens to the dict, the output is CPython's, compiled on first entry, after two entries, or never. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a stored value replaced, deleted, popped and re-stored under an equal str",
    file: "a_store_del.py",
    source: "# a stored value replaced, deleted, popped and re-stored under an equal str\nimport sys\nclass Probe:\n    def __init__(self, tag):\n        self.tag = tag\n    def __del__(self):\n        print('del', self.tag, sys.getrefcount(current) if 'current' in globals() else '-')\ntotal = 0\nfor i in range(6):\n    current = Probe(i)\n    total += i\n    if i == 2:\n        del total\n        total = 100\n    if i == 3:\n        globals().pop('i')\n        i = 'popped'\n    if i == 4:\n        globals()['to' + 'tal'] = -1\nprint(total, i)\ndel current\n",
    stdout: "del 0 3\ndel 1 3\ndel 2 3\ndel 3 3\ndel 4 3\n4 5\ndel 5 -\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "one code object run by exec in several dicts and a mapping subclass",
    file: "b_exec.py",
    source: "# one code object run by exec in several dicts and a mapping subclass\nns = {}\ncode = compile('for k in range(5):\\n    acc = k * 2\\n    last = acc\\n', 'x', 'exec')\nfor n in range(3):\n    exec(code, ns if n != 1 else {})\nprint(ns['acc'], ns['last'], sorted(k for k in ns if k != '__builtins__'))\nclass Mapping(dict):\n    def __getitem__(self, key):\n        print('get', key)\n        return dict.__getitem__(self, key)\n    def __setitem__(self, key, value):\n        print('set', key, value)\n        dict.__setitem__(self, key, value)\ncode = compile('z = 1\\nz = z + 1\\n', 'y', 'exec')\nfor n in range(3):\n    exec(code, {}, Mapping() if n != 1 else {})\n",
    stdout: "8 8 ['acc', 'k', 'last']\nset z 1\nget z\nset z 2\nset z 1\nget z\nset z 2\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "class bodies and names that disappear",
    file: "c_class.py",
    source: "# class bodies and names that disappear\nclass Body:\n    for j in range(4):\n        w = j * j\n    del j\nprint(Body.w, hasattr(Body, 'j'))\ntry:\n    for q in range(3):\n        del q\n        print(q)\nexcept NameError as e:\n    print(e)\n",
    stdout: "9 False\nname 'q' is not defined\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "names read from builtins and globals that change under a module loop",
    file: "d_globals_swap.py",
    source: "# names read from builtins and globals that change under a module loop\nimport builtins\nfor r in range(4):\n    if r == 2:\n        len = lambda x: -1\n    if r == 3:\n        del len\n    print(len('ab'), r)\nbuiltins.abs = lambda x: 'patched'\nfor r in range(2):\n    print(abs(-3))\n",
    stdout: "2 0\n2 1\n-1 2\n2 3\npatched\npatched\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("LOAD_NAME and STORE_NAME with their locals changing", CASES, [0, 2, Number.POSITIVE_INFINITY]);
