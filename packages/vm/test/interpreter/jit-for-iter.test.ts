// FOR_ITER in compiled code calls the iterator's slot itself; each kind of iterator, compiled and interpreted. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "for loops over every kind of iterator, compiled: the slot each loop calls, StopIteration, errors",
    file: "jit_for_iter.py",
    source: "# for loops over every kind of iterator, compiled: the slot each loop calls, StopIteration, errors\nclass Count:\n    def __init__(self, n):\n        self.i = 0\n        self.n = n\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.i >= self.n:\n            raise StopIteration(self.i)\n        self.i += 1\n        return self.i\ndef gen(n):\n    yield from range(n)\n    return 'done'\nclass Bad:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        raise ValueError('bad next')\ndef loop(it):\n    out = []\n    for x in it:\n        out.append(x)\n        if len(out) > 6:\n            break\n    return out\nfor it in [Count(3), gen(4), [1, 2], (3, 4), range(5), 'ab', {1: 2}, iter([9]), map(str, [1]), zip('a', 'b'), reversed([1, 2])]:\n    print(type(it).__name__, loop(it))\ntry:\n    loop(Bad())\nexcept ValueError as e:\n    print('error', e)\nc = Count(10)\nseen = []\nfor x in c:\n    seen.append(x)\n    if x == 2:\n        def stop(self):\n            raise StopIteration\n        Count.__next__ = stop\nprint(seen)\nclass NotIter:\n    def __iter__(self):\n        return 5\ntry:\n    loop(NotIter())\nexcept TypeError as e:\n    print(e)\n",
    stdout: "Count [1, 2, 3]\ngenerator [0, 1, 2, 3]\nlist [1, 2]\ntuple [3, 4]\nrange [0, 1, 2, 3, 4]\nstr ['a', 'b']\ndict [1]\nlist_iterator [9]\nmap ['1']\nzip [('a', 'b')]\nlist_reverseiterator [2, 1]\nerror bad next\n[1, 2]\niter() returned non-iterator of type 'int'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("for loops compiled", CASES, [0, Number.POSITIVE_INFINITY]);
