// __warningregistry__ as _warnings.c keeps it: True values, the filters' version starting at 0, and sys's registry for a warning with no frame left (so at exit one never-awaited warning per text). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__warningregistry__: values True, version from the filters' version (0 at start), sys's registry when no frame is left",
    file: "warn_registry.py",
    source: "# __warningregistry__: values True, version from the filters' version (0 at start), sys's registry when no frame is left\nimport sys, warnings\nprint(hasattr(warnings, '_filters_version'), hasattr(sys, '__warningregistry__'))\nwarnings.warn('x')\nprint(__warningregistry__)\nwarnings.simplefilter('default')\nwarnings.warn('y')\nprint(__warningregistry__)\nfor i in range(3):\n    warnings.warn('deep', RuntimeWarning, stacklevel=10)\nprint(sorted(sys.__warningregistry__.items(), key=repr))\nwarnings._filters_mutated()\nwarnings.warn('z')\nprint(__warningregistry__)\n__warningregistry__['version'] = 2.0\nwarnings.warn('z')\nprint(__warningregistry__)\n\nasync def co():\n    pass\na = co()\nb = co()\nc = co()\n",
    stdout: "False False\n{'version': 0, ('x', <class 'UserWarning'>, 4): True}\n{'version': 1, ('y', <class 'UserWarning'>, 7): True}\n[('version', 1), (('deep', <class 'RuntimeWarning'>, 1), True)]\n{'version': 2, ('z', <class 'UserWarning'>, 13): True}\n{'version': 2, ('z', <class 'UserWarning'>, 16): True}\n",
    stderr: "warn_registry.py:4: UserWarning: x\n  warnings.warn('x')\nwarn_registry.py:7: UserWarning: y\n  warnings.warn('y')\nsys:1: RuntimeWarning: deep\nwarn_registry.py:13: UserWarning: z\n  warnings.warn('z')\nwarn_registry.py:16: UserWarning: z\n  warnings.warn('z')\nsys:1: RuntimeWarning: coroutine 'co' was never awaited\n",
    exit: 0,
  },
];

describeCpythonCases("warnings registries", CASES);
