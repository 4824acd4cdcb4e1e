// collections.Counter as CPython 3.8's Lib/collections/__init__.py writes it: the repr's fallback
// for counts that do not sort, elements() through chain/starmap/repeat, and the signature errors.
// Expected output recorded from CPython 3.8.18.
import { expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

it("falls back to the repr of dict(self) when the counts do not sort, and lets other errors through", () => {
  const run = runPython("from collections import Counter\nprint(Counter({'a': 'x', 'b': 1}), Counter({'a': 2, 'b': 1, 'c': 2}), Counter())\nclass C(Counter):\n    def most_common(self, n=None):\n        return [1, 2]\nprint(C(a=1))\nclass Bad:\n    def __repr__(self): raise ValueError('no repr')\ntry:\n    print(Counter({'k': Bad()}))\nexcept ValueError as e:\n    print('ValueError', e)\n", 'main.py', true);
  expect(run.output).toBe("Counter({'a': 'x', 'b': 1}) Counter({'a': 2, 'c': 2, 'b': 1}) Counter()\nC({'a': 1})\nValueError no repr\n");
  expect(run.exitCode).toBe(0);
});

it("builds elements() from chain, starmap and repeat, which check each count lazily", () => {
  const run = runPython("from collections import Counter\ne = Counter(a=2, b=0, c=-1, d=1).elements()\nprint(type(e).__name__, list(e))\ne = Counter(a=1.5).elements()\nprint(type(e).__name__)\nfor c in [Counter(a=1.5), Counter(a='x'), Counter(a=2**70)]:\n    try:\n        print(list(c.elements()))\n    except (TypeError, OverflowError) as exc:\n        print(type(exc).__name__, exc)\nclass C(Counter):\n    def items(self):\n        print('items'); return [('z', 2)]\nprint(list(C(a=1).elements()))\n", 'main.py', true);
  expect(run.output).toBe("chain ['a', 'a', 'd']\nchain\nTypeError integer argument expected, got float\nTypeError 'str' object cannot be interpreted as an integer\nOverflowError Python int too large to convert to C ssize_t\nitems\n['z', 'z']\n");
  expect(run.exitCode).toBe(0);
});

it("reports extra positional arguments as CPython's positional-only Python signatures do", () => {
  const run = runPython("from collections import Counter\nfor f in [lambda: Counter('a', 'b'), lambda: Counter().update('a', 'b'), lambda: Counter().subtract(1, 2, 3)]:\n    try:\n        f()\n    except TypeError as e:\n        print(e)\nprint(Counter(iterable='ab'), Counter('ab', x=2))\n", 'main.py', true);
  expect(run.output).toBe("__init__() takes from 1 to 2 positional arguments but 3 were given\nupdate() takes from 1 to 2 positional arguments but 3 were given\nsubtract() takes from 1 to 2 positional arguments but 4 were given\nCounter({'iterable': 'ab'}) Counter({'x': 2, 'a': 1, 'b': 1})\n");
  expect(run.exitCode).toBe(0);
});
