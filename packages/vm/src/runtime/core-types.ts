/**
 * `type` and `object`, the two types every other one hangs from, and how static types are made
 * ready: the MRO of a single-inheritance chain and the slots a type inherits from its base.
 * Mirrors CPython 3.8 Objects/typeobject.c `PyType_Ready` and `inherit_slots`.
 * @module
 */
import { assert } from '../internal/assert.ts';
import { BINARY_OP_NAMES, IMMORTAL, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, type TypeSpec } from './object.ts';
import { staticAddress } from './memory.ts';

/** `type`: the metatype. */
export const typeType: PyType = new PyType(null, { name: 'type', basicsize: 880, itemsize: 40, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC }, staticAddress(880));
typeType.refcnt = IMMORTAL;

/** `object`: the root of every MRO. */
export const objectType: PyType = new PyType(typeType, { name: 'object', basicsize: 16, flags: TPFLAGS_BASETYPE, base: null }, staticAddress(880));
objectType.refcnt = IMMORTAL;
typeType.base = objectType;
typeType.bases = [objectType];

/** Every static type, in creation order (bases before subclasses). */
export const staticTypes: PyType[] = [objectType, typeType];

/** Creates a static (built-in) type; it is made ready by `readyStaticTypes`. */
export function staticType(spec: TypeSpec): PyType {
  const type = new PyType(typeType, { ...spec, base: spec.base === undefined ? objectType : spec.base }, staticAddress(880));
  type.refcnt = IMMORTAL;
  staticTypes.push(type);
  return type;
}

/** The slot fields a type inherits from its base when it does not fill them itself. */
const INHERITED_SLOTS = [
  'repr', 'str', 'hash', 'richcompare', 'iter', 'iternext', 'call', 'getattro', 'setattro', 'descrGet', 'descrSet',
  'new', 'init', 'dealloc', 'finalize', 'traverse', 'clear', 'nbBool', 'nbIndex', 'nbInt', 'nbFloat', 'nbNegative',
  'nbPositive', 'nbInvert', 'nbAbsolute', 'nbPower', 'length', 'getitem', 'setitem', 'contains', 'amAwait', 'amAiter',
  'amAnext',
] as const;

/** Static types that fill `tp_new` themselves (recorded before inheritance fills the rest). */
const ownNew = new Set<PyType>();

/** Static types whose `tp_new` is set to NULL once they are ready ({@link forbidInstances}). */
const newCleared = new Set<PyType>();

/**
 * Makes a static type refuse instances the way `sys.flags` and `sys.version_info` do: CPython
 * readies them, then sets `tp_new` to NULL and deletes `__new__` from their dict. Calling the
 * type says "cannot create 'sys.flags' instances", and `type.__new__` is the base's, whose
 * safety check names the type (`tuple.__new__(sys.flags) is not safe, use sys.flags.__new__()`).
 *
 * @param type - a static type not yet ready.
 * @see CPython 3.8 Python/sysmodule.c `_PySys_InitMain` ("prevent user from creating new instances")
 */
export function forbidInstances(type: PyType): void {
  newCleared.add(type);
}

/** `inherit_slots`: copies every slot the type leaves empty from `base`. */
export function inheritSlots(type: PyType, base: PyType): void {
  if (type.new !== undefined) ownNew.add(type);
  // Hashing is inherited only together with comparison (`inherit_slots`).
  if (type.richcompare !== undefined && type.hash === undefined) unhashable.add(type);
  const target = type as unknown as Record<string, unknown>;
  const source = base as unknown as Record<string, unknown>;
  for (const slot of INHERITED_SLOTS) if (target[slot] === undefined) target[slot] = source[slot];
  // `inherit_special`: a static type right below `object` does not get object's `tp_new`, so
  // `type(gen)()` says "cannot create 'generator' instances".
  if (base === objectType && !type.isHeapType && !ownNew.has(type)) type.new = undefined;
  if (newCleared.has(type)) type.new = undefined;
  for (const op of BINARY_OP_NAMES) {
    if (type.nb[op] === undefined) type.nb[op] = base.nb[op];
    if (type.nbInplace[op] === undefined) type.nbInplace[op] = base.nbInplace[op];
  }
  if (!type.isSequence) type.isSequence = base.isSequence;
  if (unhashable.has(type)) type.hash = undefined;
  if (!type.hasInstanceDict && base.hasInstanceDict) type.hasInstanceDict = true;
  if (!type.weakrefable && base.weakrefable) type.weakrefable = true;
  if (type.slotNames.length === 0) type.slotNames = base.slotNames;
}

/** Types that define comparison without hashing: their `__hash__` is None. */
export const unhashable = new Set<PyType>();

let ready = 0;

/** Makes every static type created so far ready: MRO and inherited slots. Idempotent. */
export function readyStaticTypes(): void {
  for (; ready < staticTypes.length; ready++) {
    const type = staticTypes[ready];
    if (type === undefined) break;
    const base = type.base;
    type.mro = base === null ? [type] : type.bases.length > 1 ? [type, ...c3Merge([...type.bases.map((b) => b.mro), type.bases])] : [type, ...base.mro];
    if (base !== null) {
      inheritSlots(type, base);
      base.subclasses.push(type);
    }
    for (const mixin of type.bases.slice(1)) {
      // The slots the primary base left empty come from the next bases (`inherit_slots` over
      // the MRO; the mixins of static types fill no slot their primary base fills).
      const target = type as unknown as Record<string, unknown>;
      const source = mixin as unknown as Record<string, unknown>;
      for (const slot of INHERITED_SLOTS) if (target[slot] === undefined) target[slot] = source[slot];
      mixin.subclasses.push(type);
    }
  }
}

/**
 * The C3 linearization of a static type's bases (`mro_internal`'s `pmerge`); static types are
 * declared consistent, so a failed merge is a host defect.
 */
function c3Merge(sequences: readonly (readonly PyType[])[]): PyType[] {
  const seqs = sequences.map((q) => [...q]).filter((q) => q.length > 0);
  const out: PyType[] = [];
  while (seqs.length > 0) {
    const head = seqs.map((q) => q[0] as PyType).find((h) => !seqs.some((q) => q.indexOf(h) > 0));
    assert(head !== undefined, 'inconsistent MRO among static types');
    out.push(head);
    for (const q of seqs) if (q[0] === head) q.shift();
    for (let i = seqs.length - 1; i >= 0; i--) if ((seqs[i] as PyType[]).length === 0) seqs.splice(i, 1);
  }
  return out;
}
