/**
 * The `collections` module: deque, defaultdict, OrderedDict, Counter, namedtuple and a basic
 * ChainMap, registered as a built-in module. Mirrors CPython 3.8 Lib/collections/__init__.py
 * (with Modules/_collectionsmodule.c) for these names.
 * @module
 */
import type { NativeDef } from '../objects/native-function.ts';
import { incref } from '../runtime/object.ts';
import { chainMapType } from './collections-chainmap.ts';
import { counterType } from './collections-counter.ts';
import { dequeType } from './collections-deque.ts';
import { defaultDictType, orderedDictType } from './collections-dicts.ts';
import { namedtuple } from './collections-namedtuple.ts';
import { defineNativeModule } from './module-builder.ts';

const FUNCTIONS: NativeDef[] = [
  { name: 'namedtuple', kind: 'fastkw', impl: (_m, args, kwnames) => namedtuple(args, kwnames) },
];

defineNativeModule({
  name: 'collections',
  doc: 'This module implements specialized container datatypes providing\nalternatives to Python\'s general purpose built-in containers, dict,\nlist, set, and tuple.',
  functions: FUNCTIONS,
  values: () => [
    ['deque', incref(dequeType)],
    ['defaultdict', incref(defaultDictType)],
    ['OrderedDict', incref(orderedDictType)],
    ['Counter', incref(counterType)],
    ['ChainMap', incref(chainMapType)],
  ],
});
