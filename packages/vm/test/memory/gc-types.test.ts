// Every built-in type whose instances the cycle collector tracks can show it what they hold, as
// every CPython type with Py_TPFLAGS_HAVE_GC has a tp_traverse (a type standing for a class
// CPython writes in Python and holding nothing of its own has `subtype_traverse`'s, gc-slots.ts).
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/index.ts';
import { staticTypes } from '../../src/runtime/core-types.ts';
import { TPFLAGS_HAVE_GC } from '../../src/runtime/object.ts';

describe('GC types', () => {
  it('have a traverse function', () => {
    // Load every module, so that the types they define exist.
    runMain(
      'import asyncio, abc, collections, collections.abc, contextlib, functools, gc, heapq, inspect, itertools, math, operator, random, sys, time, types, warnings, weakref, dis, atexit, corosim\n',
      { filename: 'all.py', write: () => undefined },
    );
    const missing = staticTypes.filter((t) => (t.flags & TPFLAGS_HAVE_GC) !== 0 && t.traverse === undefined && !t.isPythonClass).map((t) => `${t.module}.${t.name}`);
    expect(missing).toEqual([]);
  });
});
