// When deque iterators notice a mutation, as CPython 3.8's dequeiter_next and dequereviter_next do. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a deque iterator sees a mutation before its end (the reverse one only while items remain), as dequeiter_next and dequereviter_next do",
    file: "stdmods_05.py",
    source: "# a deque iterator sees a mutation before its end (the reverse one only while items remain), as dequeiter_next and dequereviter_next do\nfrom collections import deque\nfor make in (iter, reversed):\n    for start in ([], [1], [1, 2]):\n        d = deque(start)\n        it = make(d)\n        for _ in range(len(start)):\n            next(it)\n        d.append(10)\n        try:\n            print(make.__name__, start, next(it))\n        except Exception as e:\n            print(make.__name__, start, type(e).__name__, e)\n        try:\n            print(it.__length_hint__(), list(it))\n        except RuntimeError as e:\n            print('again', e)\n",
    stdout: "iter [] RuntimeError deque mutated during iteration\nagain deque mutated during iteration\niter [1] RuntimeError deque mutated during iteration\nagain deque mutated during iteration\niter [1, 2] RuntimeError deque mutated during iteration\nagain deque mutated during iteration\nreversed [] StopIteration \n0 []\nreversed [1] StopIteration \n0 []\nreversed [1, 2] StopIteration \n0 []\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("deque iterator mutation", CASES);
