/**
 * The `_heapq` module (the C functions, heapq.ts) and `heapq`, which takes them from it as
 * Lib/heapq.py does (`from _heapq import *`) and adds the ones written in Python there
 * (heapq-select.ts). Mirrors CPython 3.8 Modules/_heapqmodule.c `heapq_methods`.
 * @module
 */
import { PyList } from '../objects/list.ts';
import { None } from '../objects/singletons.ts';
import { indexError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { unpackArgs } from './functools-args.ts';
import { dictSetStr } from '../objects/dict.ts';
import { defineNativeModule, importFrom } from './module-builder.ts';
import { selectDefs } from './heapq-select.ts';
import { siftDefs } from './heapq-sift.ts';
import { HEAPQ_ABOUT } from './heapq-about.ts';
import { newStr } from '../objects/str.ts';
import { heapArg, heapify, heappop, heappush, heapreplace, less, siftup } from './heapq.ts';

function two(name: string, args: readonly PyObject[]): [PyList, PyObject] {
  unpackArgs(name, args, 2, 2);
  return [heapArg(args[0]), args[1] as PyObject];
}

/** The functions of `_heapq`, which `heapq` re-exports. */
const cFunctions: NativeDef[] = [
  {
    name: 'heappush',
    kind: 'fast',
    impl: (_m, args) => {
      const [heap, item] = two('heappush', args);
      heappush(heap, item);
      return incref(None);
    },
  },
  {
    name: 'heappushpop',
    kind: 'fast',
    impl: (_m, args) => {
      const [heap, item] = two('heappushpop', args);
      if (heap.items.length === 0) return incref(item);
      const top = heap.items[0] as PyObject;
      if (!less(top, item)) return incref(item);
      if (heap.items.length === 0) throw indexError('index out of range');
      const ret = heap.items[0] as PyObject;
      heap.items[0] = incref(item);
      siftup(heap, 0, false);
      return ret;
    },
  },
  { name: 'heappop', kind: 'o', impl: (_m, args) => heappop(heapArg(args[0]), false) },
  { name: '_heappop_max', kind: 'o', impl: (_m, args) => heappop(heapArg(args[0]), true) },
  {
    name: 'heapreplace',
    kind: 'fast',
    impl: (_m, args) => {
      const [heap, item] = two('heapreplace', args);
      return heapreplace(heap, item, false);
    },
  },
  {
    name: '_heapreplace_max',
    kind: 'fast',
    impl: (_m, args) => {
      const [heap, item] = two('_heapreplace_max', args);
      return heapreplace(heap, item, true);
    },
  },
  {
    name: 'heapify',
    kind: 'o',
    impl: (_m, args) => {
      heapify(heapArg(args[0]), false);
      return incref(None);
    },
  },
  {
    name: '_heapify_max',
    kind: 'o',
    impl: (_m, args) => {
      heapify(heapArg(args[0]), true);
      return incref(None);
    },
  },
];
const DOC = 'Heap queue algorithm (a.k.a. priority queue).';

defineNativeModule({ name: '_heapq', doc: DOC, functions: cFunctions });

defineNativeModule({
  name: 'heapq',
  all: [
    'heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop',
  ],
  doc: DOC,
  functions: [...selectDefs, ...siftDefs],
  values: () => [['__about__', newStr(HEAPQ_ABOUT)]],
  // `from _heapq import *` and the three private names heapq.py imports one by one.
  init: (module) => {
    for (const def of cFunctions) {
      const value = importFrom(module, '_heapq', def.name);
      dictSetStr(module.namespace, def.name, value);
      decref(value);
    }
  },
});
