/**
 * The `_collections` module: the containers written in C that Lib/collections/__init__.py
 * imports (`from _collections import deque`, ...), importable on their own as in CPython.
 * Mirrors CPython 3.8 Modules/_collectionsmodule.c `_collections_methods` and its type table.
 * @module
 */
import { dictSetStr } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import type { PyModule } from '../objects/module.ts';
import { newBuiltinFunction, type NativeDef } from '../objects/native-function.ts';
import { PyRaise, clearRaise, exceptionMatches } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { countElements } from './collections-count-elements.ts';
import { dequeIterType, dequeRevIterType, dequeType } from './collections-deque.ts';
import { defaultDictType } from './collections-dicts.ts';
import { tupleGetterType } from './collections-namedtuple.ts';
import { orderedDictType } from './collections-odict.ts';
import { defineNativeModule, importFrom } from './module-builder.ts';

const COUNT_ELEMENTS: NativeDef = { name: '_count_elements', kind: 'fast', impl: (_m, args) => countElements(args) };
const FUNCTIONS: NativeDef[] = [COUNT_ELEMENTS];

/** The names `collections` takes from `_collections`, each with what stands in when it cannot. */
const TAKEN: readonly (readonly [string, (module: PyModule) => PyObject])[] = [
  ['deque', () => incref(dequeType)],
  ['defaultdict', () => incref(defaultDictType)],
  ['OrderedDict', () => incref(orderedDictType)],
  ['_count_elements', (module) => newBuiltinFunction(COUNT_ELEMENTS, module, '_collections')],
];

/**
 * `collections` taking its C containers from `_collections`, each in its own `try` as
 * Lib/collections/__init__.py does. When the import fails (`_collections` blocked by None in
 * `sys.modules`), Lib/collections keeps its pure-Python versions.
 * DEVIATION(cpython): corosim has no pure-Python versions; the native ones stand in for them.
 *
 * @param module - the `collections` module being initialised
 * @see CPython 3.8 Lib/collections/__init__.py (`from _collections import ...`)
 */
export function takeCCollections(module: PyModule): void {
  for (const [name, standIn] of TAKEN) {
    let value: PyObject;
    try {
      value = importFrom(module, '_collections', name);
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.ImportError)) throw e;
      clearRaise(e);
      value = standIn(module);
    }
    dictSetStr(module.namespace, name, value);
    decref(value);
  }
}

defineNativeModule({
  name: '_collections',
  doc: 'High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n',
  functions: FUNCTIONS,
  values: () => [
    ['deque', incref(dequeType)],
    ['defaultdict', incref(defaultDictType)],
    ['_deque_iterator', incref(dequeIterType)],
    ['_deque_reverse_iterator', incref(dequeRevIterType)],
    ['OrderedDict', incref(orderedDictType)],
    ['_tuplegetter', incref(tupleGetterType)],
  ],
});
