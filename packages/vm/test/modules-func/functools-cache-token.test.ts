// functools imports get_cache_token from abc, as functools.py does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "functools.get_cache_token is abc's, and changes when an ABC registers a class",
    file: "functools_cache_token.py",
    source: "# functools.get_cache_token is abc's, and changes when an ABC registers a class\nimport abc\nimport functools\nimport sys\nprint(functools.get_cache_token is abc.get_cache_token, 'abc' in sys.modules)\nprint(functools.get_cache_token.__module__, functools.get_cache_token.__name__)\nprint('get_cache_token' in functools.__all__, 'get_cache_token' in dir(functools))\nt0 = functools.get_cache_token()\nclass A(abc.ABC):\n    pass\nprint(functools.get_cache_token() == t0)\nA.register(int)\nprint(functools.get_cache_token() == t0, functools.get_cache_token() == abc.get_cache_token())\nfrom contextlib import AbstractContextManager\nprint(AbstractContextManager.__mro__[1] is abc.ABC)\n",
    stdout: "True True\n_abc get_cache_token\nFalse True\nTrue\nFalse True\nTrue\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functools.get_cache_token", CASES);
