/**
 * How `functools.singledispatch` picks an implementation when the argument's class is not
 * registered itself: the class's MRO with the registered ABCs it implements woven in by C3
 * (`issubclass`, so virtual subclasses count), then the first registered entry, refusing two
 * unrelated implicit ABCs. Mirrors CPython 3.8 Lib/functools.py `_c3_merge`, `_c3_mro`,
 * `_compose_mro` and `_find_impl`.
 * @module
 */
import { dictGet, type PyDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { raiseMessage } from '../runtime/errors.ts';
import { PyType, decref, type PyObject } from '../runtime/object.ts';
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

/** `hasattr(base, '__abstractmethods__')`. */
function isAbstractBase(base: PyType): boolean {
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
