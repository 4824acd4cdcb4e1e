// functools' module-level helpers and names as CPython 3.8's Lib/functools.py defines them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "functools' other module-level names from Lib/functools.py: namedtuple, the sentinels, _c3_merge (consuming its sequences) and _unwrap_partial",
    file: "functools_module_helpers.py",
    source: "# functools' other module-level names from Lib/functools.py: namedtuple, the sentinels, _c3_merge (consuming its sequences) and _unwrap_partial\nimport functools, collections\nprint(functools.namedtuple is collections.namedtuple, type(functools._initial_missing).__name__, type(functools._NOT_FOUND).__name__, functools._NOT_FOUND is functools._initial_missing)\nseqs = [[1, 2, 3], [2, 4], [1, 4]]\nprint(functools._c3_merge(seqs), seqs)\nprint(functools._c3_merge([]), functools._c3_merge([[], []]))\ntry:\n    functools._c3_merge([[1, 2], [2, 1]])\nexcept RuntimeError as e:\n    print('RuntimeError', e)\ntry:\n    functools._c3_merge([(1, 2)])\nexcept TypeError as e:\n    print('TypeError', e)\np = functools.partial(functools.partial(len, 'a'))\nprint(functools._unwrap_partial(p) is len, functools._unwrap_partial(5))\nprint(functools._c3_merge.__code__.co_varnames, functools._unwrap_partial.__code__.co_varnames)\n",
    stdout: "True object object False\n[1, 2, 3, 4] [[], [], []]\n[] []\nRuntimeError Inconsistent hierarchy\nTypeError 'tuple' object doesn't support item deletion\nTrue 5\n('sequences', 'result', 's1', 'candidate', 's2', 'seq') ('func',)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functools module helpers", CASES);
