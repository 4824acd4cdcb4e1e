// Programs run one after another in one process (the API's use as a library, the test runner's):
// nothing of one run's Python objects leaks into the next.
// Expected output recorded from CPython 3.8.18 (each program on its own).
import { expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

it('gives a run that has not imported collections.abc no classes of an earlier run', () => {
  const first = runPython('import collections.abc\nprint(isinstance({}, collections.abc.Mapping))\n');
  expect(first.output).toBe('True\n');
  // Counter's keyword path asks `isinstance(kwds, Mapping)` of the ABC before this run made it.
  const second = runPython("from collections import Counter\nprint(Counter(iterable='ab'), Counter('ab', x=2))\n");
  expect(second.output).toBe("Counter({'iterable': 'ab'}) Counter({'x': 2, 'a': 1, 'b': 1})\n");
});
