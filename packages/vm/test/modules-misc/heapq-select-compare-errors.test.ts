// heapq.nsmallest and nlargest release the candidate and its key when a comparison raises, with CPython 3.8's results and errors (checked with the refcount check). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "heapq.nsmallest / nlargest release the candidate and its key when comparing them raises",
    file: "heapq_select_compare_errors.py",
    source: "# heapq.nsmallest / nlargest release the candidate and its key when comparing them raises\nimport heapq\nclass Bad:\n    def __init__(self, tag): self.tag = tag\n    def __lt__(self, o): raise RuntimeError('lt ' + self.tag)\n    def __gt__(self, o): raise RuntimeError('gt ' + self.tag)\n    def __repr__(self): return 'Bad(%s)' % self.tag\nclass Key:\n    def __init__(self, v): self.v = v\n    def __lt__(self, o): raise RuntimeError('key lt')\n    def __gt__(self, o): raise RuntimeError('key gt')\nfor fn in (heapq.nsmallest, heapq.nlargest):\n    for n in (1, 2, 5):\n        for data, key in (([1, Bad('a')], None), ([3, 1, 2, Bad('b')], None), ([1, 2, 3], Key), ([1, 2, 3, 4], lambda x: Bad('k%d' % x))):\n            try:\n                print(fn.__name__, n, fn(n, iter(data), key=key))\n            except RuntimeError as e:\n                print(fn.__name__, n, 'RuntimeError', e)\n",
    stdout: "nsmallest 1 RuntimeError lt a\nnsmallest 1 RuntimeError lt b\nnsmallest 1 RuntimeError key lt\nnsmallest 1 RuntimeError lt k2\nnsmallest 2 RuntimeError lt a\nnsmallest 2 RuntimeError lt b\nnsmallest 2 RuntimeError key lt\nnsmallest 2 RuntimeError lt k2\nnsmallest 5 RuntimeError lt a\nnsmallest 5 RuntimeError lt b\nnsmallest 5 RuntimeError key lt\nnsmallest 5 RuntimeError lt k4\nnlargest 1 RuntimeError gt a\nnlargest 1 RuntimeError gt b\nnlargest 1 RuntimeError key gt\nnlargest 1 RuntimeError gt k2\nnlargest 2 RuntimeError gt a\nnlargest 2 RuntimeError gt b\nnlargest 2 RuntimeError key lt\nnlargest 2 RuntimeError lt k1\nnlargest 5 RuntimeError gt a\nnlargest 5 RuntimeError gt b\nnlargest 5 RuntimeError key lt\nnlargest 5 RuntimeError lt k2\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("heapq selection compare errors", CASES);
