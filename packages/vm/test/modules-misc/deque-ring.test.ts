// collections.deque keeps its items in a ring buffer (deque-items.ts): both ends, wraparound, growth and shrinking, rotation and indexing must behave as CPython's blocks. Runs compiled at once and interpreted. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "A deque's items across wraparounds, growth and shrinking: both ends, rotation, reversal, indexing",
    file: "deque_ring.py",
    source: "# A deque's items across wraparounds, growth and shrinking: both ends, rotation, reversal, indexing\nimport collections\nimport sys\n\nd = collections.deque()\nlog = []\nfor i in range(300):\n    if i % 3 == 0:\n        d.appendleft(i)\n    else:\n        d.append(i)\n    if i % 7 == 0:\n        log.append(d.popleft())\n    if i % 11 == 0 and d:\n        log.append(d.pop())\nprint(len(d), d[0], d[-1], d[len(d) // 2], sum(d), log[:10], sum(log))\nd.rotate(17)\nprint(d[0], d[-1], list(d)[:5])\nd.rotate(-40)\nprint(d[0], d[-1], list(d)[-5:])\nd.reverse()\nprint(d[0], d[-1], d.index(150), d.count(3))\nd[5] = 'five'\ndel d[6]\nd.insert(3, 'three')\nd.remove(100)\nprint(list(d)[:8], len(d))\nprint(sys.getsizeof(d))\nwhile len(d) > 3:\n    d.popleft()\n    if len(d) > 3:\n        d.pop()\nprint(d, sys.getsizeof(d))\ne = collections.deque(range(10), maxlen=6)\ne.extendleft('abc')\ne.extend(range(100, 104))\nprint(e, list(reversed(e)))\nf = collections.deque(range(100))\nfor _ in range(250):\n    f.append(f.popleft())\n    f.appendleft(f.pop())\n    f.rotate(3)\nprint(list(f)[:6], f == collections.deque(sorted(f)), f > collections.deque([1]))\nf *= 2\nprint(len(f), f[150], f.copy()[199])\nit = iter(f)\nnext(it)\nf.append(1)\ntry:\n    next(it)\nexcept RuntimeError as err:\n    print(err)\n",
    stdout: "230 297 299 101 34422 [0, 6, 11, 12, 21, 22, 27, 32, 33, 42] 10428\n271 269 [271, 272, 274, 277, 278]\n177 183 [204, 198, 192, 186, 183]\n183 177 224 1\n[183, 186, 192, 'three', 198, 204, 'five', 219] 229\n2736\ndeque([142, 140, 139]) 624\ndeque([5, 6, 100, 101, 102, 103], maxlen=6) [103, 102, 101, 100, 6, 5]\n[50, 51, 52, 53, 54, 55] False True\n200 0 49\ndeque mutated during iteration\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("deque items in a ring buffer", CASES, [0, Number.POSITIVE_INFINITY]);
