// Containers whose items live in JS (lists, deques, dict tables) grow until the heap budget or the
// host's limit, then raise MemoryError as a failed allocation does in CPython: never a host crash.
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/api/run-main.ts';

/** Runs `source` with a heap budget of `budget` bytes: everything written, and the exit status. */
function runWithBudget(source: string, budget: number): string {
  let output = '';
  const outcome = runMain(source, {
    filename: 'main.py',
    heapBudget: budget,
    write: (_stream, text) => {
      output += text;
    },
  });
  return `${output}[exit ${outcome.status === 'exited' ? outcome.exitCode : outcome.status}]`;
}

/** A program that grows a container by `step` (one statement on `c`) until MemoryError, then reports its size and goes on. */
function grow(setup: string, step: string): string {
  return [
    setup,
    'n = 0',
    'try:',
    '    while True:',
    `        ${step}`,
    '        n += 1',
    'except MemoryError as e:',
    '    print("MemoryError", repr(str(e)), n > 100000)',
    'del c',
    'print("after", len([1, 2, 3]))',
    '',
  ].join('\n');
}

const MIB = 1024 * 1024;

describe('container storage outside the simulated heap', () => {
  it('stops a list appended to forever at the heap budget, and the program goes on', () => {
    // The appended item is one shared object: nothing but the list's slots grows.
    expect(runWithBudget(grow('c = []', 'c.append(None)'), 8 * MIB)).toBe("MemoryError '' True\nafter 3\n[exit 0]");
  }, 30_000);

  it('stops a deque, a dict and a set the same way', () => {
    expect(runWithBudget(grow('import collections\nc = collections.deque()', 'c.append(None)'), 4 * MIB)).toBe("MemoryError '' True\nafter 3\n[exit 0]");
    expect(runWithBudget(grow('import collections\nc = collections.deque()', 'c.appendleft(None)'), 4 * MIB)).toBe("MemoryError '' True\nafter 3\n[exit 0]");
    expect(runWithBudget(grow('c = {}', 'c[n] = None'), 16 * MIB)).toBe("MemoryError '' True\nafter 3\n[exit 0]");
    expect(runWithBudget(grow('c = set()', 'c.add(n)'), 16 * MIB)).toBe("MemoryError '' True\nafter 3\n[exit 0]");
  }, 30_000);

  it('refuses a repeated list larger than the budget at once', () => {
    const source = 'try:\n    x = [None] * 10_000_000\nexcept MemoryError:\n    print("no")\nprint(len([None] * 1000))\n';
    expect(runWithBudget(source, 16 * MIB)).toBe('no\n1000\n[exit 0]');
  });

  it("refuses an itertools index array past the host's arrays, whatever the budget", () => {
    // DEVIATION(cpython): CPython's `PyMem_New` of 4 GB may succeed; here it could only crash.
    const source = 'import itertools\nfor f in (itertools.combinations, itertools.permutations):\n    try:\n        f("AA", 2**29)\n    except MemoryError:\n        print("no")\n';
    expect(runWithBudget(source, Number.POSITIVE_INFINITY)).toBe('no\nno\n[exit 0]');
  });

  it("counts the budget from the program's first instruction: too small a one is the program's MemoryError", () => {
    // The interpreter's start-up (modules, the pools CPython's start leaves used) is not the program's.
    expect(runWithBudget('x = [1] * 10\nprint("ok")\n', 1000)).toBe('Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    x = [1] * 10\nMemoryError\n[exit 1]');
  });

  it('refuses more items than the host holds, whatever the budget', () => {
    // V8 ends the process when an array it grows passes about 112 million elements.
    const source = 'try:\n    x = [0] * 200_000_000\nexcept MemoryError:\n    print("no")\n';
    expect(runWithBudget(source, Number.POSITIVE_INFINITY)).toBe('no\n[exit 0]');
  });
});
