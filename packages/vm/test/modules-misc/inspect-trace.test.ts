// inspect.trace (getinnerframes of the exception being handled). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "inspect.trace: the frames from the handler's down to where the exception was raised",
    file: "trace.py",
    source: "# inspect.trace: the frames from the handler's down to where the exception was raised\nimport inspect\n\ndef inner(n):\n    if n == 0:\n        raise ValueError('deep')\n    return inner(n - 1)\n\nprint(inspect.trace())\ntry:\n    inner(2)\nexcept ValueError:\n    for info in inspect.trace():\n        print(info.function, info.lineno, info.code_context, info.index)\n    print(len(inspect.trace(context=3)), inspect.trace(3)[-1].code_context)\n    print(inspect.trace(0)[0].code_context, inspect.trace(0)[0].index)\nprint(inspect.trace())\ntry:\n    inspect.trace(1, 2)\nexcept TypeError as e:\n    print(e)\n",
    stdout: "[]\n<module> 11 ['    inner(2)\\n'] 0\ninner 7 ['    return inner(n - 1)\\n'] 0\ninner 7 ['    return inner(n - 1)\\n'] 0\ninner 6 [\"        raise ValueError('deep')\\n\"] 0\n4 ['    if n == 0:\\n', \"        raise ValueError('deep')\\n\", '    return inner(n - 1)\\n']\nNone None\n[]\ntrace() takes from 0 to 1 positional arguments but 2 were given\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("inspect.trace", CASES);
