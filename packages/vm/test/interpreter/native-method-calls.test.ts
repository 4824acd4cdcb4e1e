// A method of a built-in type found by LOAD_METHOD is called straight from the stack (call-frame.ts callDescriptor): the recursion level it counts, its argument errors and the profile function's c_call events stay CPython 3.8's (recorded from 3.8.18). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Methods of built-in types reached by LOAD_METHOD/CALL_METHOD: their results, argument errors and profile events",
    file: "native_method_calls.py",
    source: "# Methods of built-in types reached by LOAD_METHOD/CALL_METHOD: their results, argument errors and profile events\nimport sys\nd = {}\nprint(d.setdefault(\"a\", 1), d.get(\"a\"), d.get(\"b\", 2), [3, 1, 2].index(1))\ng = (x * x for x in range(3))\nprint(next(g), g.send(None), g.__next__())\ntry:\n    [].index(5)\nexcept ValueError as e:\n    print(e)\ntry:\n    d.get()\nexcept TypeError as e:\n    print(e)\ntry:\n    d.get(1, 2, 3)\nexcept TypeError as e:\n    print(e)\nlog = []\ndef prof(frame, event, arg):\n    if event.startswith('c_'):\n        log.append((event, arg.__name__))\nsys.setprofile(prof)\n[].append(1)\nsys.setprofile(None)\nprint(log)\n",
    stdout: "1 1 2 1\n0 1 4\n5 is not in list\nget expected at least 1 argument, got 0\nget expected at most 2 arguments, got 3\n[('c_call', 'append'), ('c_return', 'append'), ('c_call', 'setprofile')]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "Native methods called through CALL_METHOD inside a deep recursion: the level each counts, and the message",
    file: "native_method_depth.py",
    source: "# Native methods called through CALL_METHOD inside a deep recursion: the level each counts, and the message\nimport sys\nsys.setrecursionlimit(50)\ndef down(n, acc):\n    acc.append(n)\n    return down(n + 1, acc)\nacc = []\ntry:\n    down(0, acc)\nexcept RecursionError as e:\n    print(e, len(acc) > 40)\nclass Deep:\n    def __eq__(self, other):\n        return [other].count(self) > 0\ntry:\n    print([Deep()].count(Deep()))\nexcept RecursionError as e:\n    print(e)\n",
    stdout: "maximum recursion depth exceeded while calling a Python object True\nmaximum recursion depth exceeded in comparison\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("native methods called through CALL_METHOD", CASES);
