// _sitebuiltins.Quitter's methods are functions Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "exit and quit: Quitter.__call__ and __repr__ are functions with the code of Lib/_sitebuiltins.py, so inspect.signature(exit) is (code=None)",
    file: "quitter_functions.py",
    source: "# exit and quit: Quitter.__call__ and __repr__ are functions with the code of Lib/_sitebuiltins.py, so inspect.signature(exit) is (code=None)\nimport inspect\nQ = type(exit)\nprint(inspect.signature(exit), inspect.signature(Q.__call__), inspect.signature(Q.__repr__))\nprint(Q.__call__.__code__.co_varnames, Q.__call__.__defaults__, Q.__call__.__qualname__, Q.__call__.__module__)\nprint(repr(exit), Q.__repr__(quit), exit.__call__)\nprint(inspect.isfunction(Q.__call__), Q.__module__, Q.__qualname__)\ntry:\n    exit(1, 2)\nexcept TypeError as e:\n    print(e)\ntry:\n    quit(cod=3)\nexcept TypeError as e:\n    print(e)\ntry:\n    Q.__call__(exit, code=4)\nexcept SystemExit as e:\n    print('SystemExit', e.code)\ntry:\n    quit(code=3)\nexcept SystemExit as e:\n    print('SystemExit', e.code)\n",
    stdout: "(code=None) (self, code=None) (self)\n('self', 'code') (None,) Quitter.__call__ _sitebuiltins\nUse exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit <bound method Quitter.__call__ of Use exit() or Ctrl-D (i.e. EOF) to exit>\nTrue _sitebuiltins Quitter\n__call__() takes from 1 to 2 positional arguments but 3 were given\n__call__() got an unexpected keyword argument 'cod'\nSystemExit 4\nSystemExit 3\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("exit and quit", CASES);
