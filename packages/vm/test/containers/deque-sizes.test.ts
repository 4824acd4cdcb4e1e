// deque's basicsize and __sizeof__ as CPython 3.8's _collectionsmodule.c computes them, with the space saving start of extend. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "deque sizes: sizeof(dequeobject) is the basicsize, blocks counted from where filling starts",
    file: "stdmods_01.py",
    source: "# deque sizes: sizeof(dequeobject) is the basicsize, blocks counted from where filling starts\nimport sys\nfrom collections import deque\nprint(deque.__basicsize__, object.__sizeof__(deque()), sys.getsizeof(deque()))\nclass D(deque):\n    pass\nprint(D.__basicsize__, D.__dictoffset__, D.__weakrefoffset__, sys.getsizeof(D()))\nfor n in (0, 1, 63, 64, 65, 100, 42 * 64):\n    print(n, deque('a' * n).__sizeof__(), deque(range(n), maxlen=None).__sizeof__())\nd = deque()\nd.extendleft(range(62)); print(d.__sizeof__())\nd.appendleft(1); print(d.__sizeof__())\nd.appendleft(1); print(d.__sizeof__())\nd = deque()\nd.extend(d); d.extend('a' * 63); print(d.__sizeof__())\nd = deque(); d.append(1); d.extend('b' * 40); print(d.__sizeof__())\nd = deque(maxlen=0); d.extend('abc'); print(d.__sizeof__(), d)\n",
    stdout: "80 80 624\n88 80 72 632\n0 608 608\n1 608 608\n63 608 608\n64 1136 1136\n65 1136 1136\n100 1136 1136\n2688 22784 22784\n608\n608\n1136\n608\n1136\n608 deque([], maxlen=0)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("deque sizes", CASES);
