/**
 * How `functools.singledispatch` picks an implementation when the argument's class is not
 * registered itself: the class's MRO with the registered ABCs it implements woven in by C3
 * (`issubclass`, so virtual subclasses count), then the first registered entry, refusing two
 * unrelated implicit ABCs. Mirrors CPython 3.8 Lib/functools.py `_c3_merge`, `_c3_mro`,
 * `_compose_mro` and `_find_impl`, which the module also exposes under those names.
 * @module
 */
import { dictGet, isDict, type PyDict } from '../objects/dict.ts';
import { newListStealing } from '../objects/list.ts';
import { PyMappingProxy } from '../objects/mapping-proxy.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { EQ, isTrue, richCompareBool } from '../runtime/abstract-compare.ts';
import { contains, deleteItem, getItem } from '../runtime/abstract-item.ts';
import { newInt } from '../objects/int.ts';
import { newSlice } from '../objects/slice.ts';
import { PyPartial } from './functools-partial.ts';
import { typeError } from '../runtime/errors.ts';
import { tpName } from '../runtime/type-name.ts';
import { bindArgs } from './abc-function.ts';
import * as E from '../objects/exceptions.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { raiseMessage } from '../runtime/errors.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { objectIsSubclass } from '../runtime/abstract-isinstance.ts';

/** `_c3_merge`: the C3 linearization of the given sequences (consumed). */
function c3Merge(sequences: PyType[][]): PyType[] {
  const result: PyType[] = [];
  for (;;) {
    const live = sequences.filter((s) => s.length > 0);
    if (live.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s1 of live) {
      candidate = s1[0] as PyType;
      if (!live.some((s2) => s2.indexOf(candidate as PyType, 1) >= 1)) break;
      candidate = null;
    }
    if (candidate === null) throw raiseMessage(E.RuntimeError, 'Inconsistent hierarchy');
    result.push(candidate);
    for (const seq of live) if (seq[0] === candidate) seq.shift();
    sequences = live;
  }
}

/** `hasattr(base, '__abstractmethods__')`: whether a class is an ABC to singledispatch. */
export function isAbstractBase(base: PyObject): boolean {
  const attr = lookupAttrString(base, '__abstractmethods__');
  if (attr === null) return false;
  decref(attr);
  return true;
}

/** `_c3_mro(cls, abcs)`: cls's MRO with the ABCs it introduces inserted. */
function c3Mro(cls: PyType, abcsIn: readonly PyType[]): PyType[] {
  const bases = cls.bases;
  let boundary = 0;
  for (let i = bases.length - 1; i >= 0; i--) {
    // Bases up to the last explicit ABC are considered first.
    if (isAbstractBase(bases[i] as PyType)) {
      boundary = i + 1;
      break;
    }
  }
  const abcs = [...abcsIn];
  const explicitBases = bases.slice(0, boundary);
  const otherBases = bases.slice(boundary);
  // An ABC whose behaviour cls itself introduces goes into its MRO.
  const abstractBases = abcs.filter((base) => objectIsSubclass(cls, base) && !bases.some((b) => objectIsSubclass(b, base)));
  const rest = abcs.filter((base) => !abstractBases.includes(base));
  return c3Merge([
    [cls],
    ...explicitBases.map((b) => c3Mro(b, rest)),
    ...abstractBases.map((b) => c3Mro(b, rest)),
    ...otherBases.map((b) => c3Mro(b, rest)),
    [...explicitBases],
    [...abstractBases],
    [...otherBases],
  ]);
}

/** `_compose_mro(cls, types)`: cls's MRO extended by the related registered types. */
function composeMro(cls: PyType, registered: readonly PyObject[]): PyType[] {
  const bases = new Set<PyType>(cls.mro);
  // Entries already in the MRO, unrelated ones, and strict bases of others drop out.
  const related = registered.filter((t): t is PyType => t instanceof PyType && !bases.has(t) && objectIsSubclass(cls, t));
  const types = related.filter((t) => !related.some((other) => other !== t && other.mro.includes(t)));
  // Subclasses of those ABCs that cls also implements stabilize the order.
  const typeSet = new Set(types);
  const mro: PyType[] = [];
  for (const typ of types) {
    const found: PyType[][] = [];
    for (const sub of typ.subclasses) {
      if (!bases.has(sub) && objectIsSubclass(cls, sub)) found.push(sub.mro.filter((s) => typeSet.has(s)));
    }
    if (found.length === 0) {
      mro.push(typ);
      continue;
    }
    // Favor subclasses with the biggest number of useful bases (a stable sort, as list.sort).
    found.sort((a, b) => b.length - a.length);
    for (const sub of found) for (const subcls of sub) if (!mro.includes(subcls)) mro.push(subcls);
  }
  return c3Mro(cls, mro);
}

/**
 * `_find_impl(cls, registry)`: the implementation registered for the closest entry of cls's
 * composed MRO, borrowed, or null when none matches.
 *
 * @param cls - the class dispatched on.
 * @param registry - the dispatcher's registry (class to implementation).
 * @returns the borrowed implementation, or null.
 * @see CPython 3.8 Lib/functools.py `_find_impl`
 */
export function findImpl(cls: PyType, registry: PyDict): PyObject | null {
  const keys = [...registry.storage.keys].filter((k): k is PyObject => k !== null);
  const mro = composeMro(cls, keys);
  let match: PyType | null = null;
  for (const t of mro) {
    if (match !== null) {
      // An implicit ABC with another unrelated, equally matching implicit ABC: refuse to guess.
      if (dictGet(registry, t) !== null && !cls.mro.includes(t) && !cls.mro.includes(match) && !objectIsSubclass(match, t)) {
        throw raiseMessage(E.RuntimeError, `Ambiguous dispatch: ${reprText(match)} or ${reprText(t)}`);
      }
      break;
    }
    if (dictGet(registry, t) !== null) match = t;
  }
  return match === null ? null : dictGet(registry, match);
}

/** The classes among the items of `iterable` (each other item is checked as issubclass would). */
function classesOf(cls: PyType, iterable: PyObject): PyType[] {
  const items = iterableToArray(iterable);
  try {
    // `issubclass(cls, x)` refuses an item that is not a class (the check Lib/functools.py makes).
    for (const x of items) if (!(x instanceof PyType)) objectIsSubclass(cls, x);
    return items.filter((x): x is PyType => x instanceof PyType);
  } finally {
    for (const x of items) decref(x);
  }
}

/** A class argument: `cls.__mro__` and `cls.__bases__` are read, so a non-class has neither. */
function classArg(cls: PyObject, attr: string): PyType {
  if (cls instanceof PyType) return cls;
  throw raiseMessage(E.AttributeError, `'${tpName(cls.type)}' object has no attribute '${attr}'`);
}

const typeList = (types: readonly PyType[]): PyObject => newListStealing(types.map((t) => incref(t)));

/** The registry of `_find_impl`: a dict, or the mappingproxy `singledispatch` shows of one. */
function registryDict(registry: PyObject): PyDict {
  const inner = registry instanceof PyMappingProxy ? registry.mapping : registry;
  // DEVIATION(cpython): only a dict (or a proxy of one) is read as a registry, not any mapping.
  if (!isDict(inner)) throw typeError(`registry must be a dict, not ${tpName(inner.type)}`);
  return inner;
}

/**
 * The module functions Lib/functools.py defines for singledispatch and tests use directly:
 * `_c3_mro(cls, abcs=None)`, `_compose_mro(cls, types)` and `_find_impl(cls, registry)`.
 */
export const dispatchMroDefs: readonly NativeDef[] = [
  {
    name: '_c3_mro',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [clsArg, abcs] = bindArgs('_c3_mro', args, kwnames, ['cls', 'abcs'], 1);
      const cls = classArg(clsArg as PyObject, '__bases__');
      return typeList(c3Mro(cls, abcs === undefined || abcs === None ? [] : classesOf(cls, abcs)));
    },
  },
  {
    name: '_compose_mro',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [clsArg, types] = bindArgs('_compose_mro', args, kwnames, ['cls', 'types']);
      const cls = classArg(clsArg as PyObject, '__mro__');
      return typeList(composeMro(cls, classesOf(cls, types as PyObject)));
    },
  },
  {
    name: '_find_impl',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [clsArg, registry] = bindArgs('_find_impl', args, kwnames, ['cls', 'registry']);
      const cls = classArg(clsArg as PyObject, '__mro__');
      return incref(findImpl(cls, registryDict(registry as PyObject)) ?? None);
    },
  },
];

/** `seq[index]` for an int index (a new reference). */
function itemAt(seq: PyObject, index: number): PyObject {
  const i = newInt(index);
  try {
    return getItem(seq, i);
  } finally {
    decref(i);
  }
}

/** `candidate in s2[1:]`. */
function inTail(s2: PyObject, candidate: PyObject): boolean {
  const one = newInt(1);
  const slice = newSlice(one, None, None);
  decref(one);
  let tail: PyObject;
  try {
    tail = getItem(s2, slice);
  } finally {
    decref(slice);
  }
  try {
    return contains(tail, candidate);
  } finally {
    decref(tail);
  }
}

/**
 * `_c3_merge(sequences)` on any sequences, as Lib/functools.py writes it: the heads are taken with
 * `seq[0]`, looked for in `seq[1:]` and removed with `del seq[0]` (the sequences are consumed).
 */
function c3MergeSequences(sequencesArg: PyObject): PyObject {
  const result: PyObject[] = [];
  let sequences = iterableToArray(sequencesArg);
  try {
    for (;;) {
      // Purge the empty sequences.
      const live: PyObject[] = [];
      for (const s of sequences) {
        if (isTrue(s)) live.push(s);
        else decref(s);
      }
      sequences = live;
      if (sequences.length === 0) return newListStealing(result.splice(0));
      let candidate: PyObject | null = null;
      for (const s1 of sequences) {
        candidate = itemAt(s1, 0);
        let rejected = false;
        for (const s2 of sequences) {
          if (inTail(s2, candidate)) {
            rejected = true;
            break;
          }
        }
        if (!rejected) break;
        decref(candidate);
        candidate = null;
      }
      if (candidate === null) throw raiseMessage(E.RuntimeError, 'Inconsistent hierarchy');
      result.push(candidate);
      for (const seq of sequences) {
        const head = itemAt(seq, 0);
        let same: boolean;
        try {
          same = richCompareBool(head, candidate, EQ);
        } finally {
          decref(head);
        }
        if (same) {
          const zero = newInt(0);
          try {
            deleteItem(seq, zero);
          } finally {
            decref(zero);
          }
        }
      }
    }
  } finally {
    for (const s of sequences) decref(s);
    for (const r of result) decref(r);
  }
}

/** `_unwrap_partial(func)`: the function inside any number of nested partials (a new reference). */
function unwrapPartial(func: PyObject): PyObject {
  let f = func;
  while (f instanceof PyPartial && f.fn !== null) f = f.fn;
  return incref(f);
}

/** `_c3_merge` and `_unwrap_partial`, the other helpers Lib/functools.py defines at module level. */
export const functoolsHelperDefs: readonly NativeDef[] = [
  {
    name: '_c3_merge',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => c3MergeSequences(bindArgs('_c3_merge', args, kwnames, ['sequences'])[0] as PyObject),
  },
  {
    name: '_unwrap_partial',
    kind: 'fastkw',
    impl: (_m, args, kwnames) => unwrapPartial(bindArgs('_unwrap_partial', args, kwnames, ['func'])[0] as PyObject),
  },
];
