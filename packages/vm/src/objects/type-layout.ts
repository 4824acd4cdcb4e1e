/**
 * Whether two types lay their instances out alike, so that an object can change its class from
 * one to the other (`obj.__class__ = other`). CPython reads the C fields `tp_basicsize`,
 * `tp_itemsize`, `tp_dictoffset`, `tp_weaklistoffset`, the GC flag, `tp_dealloc` and a class's
 * `__slots__`; corosim derives the two offsets from what a class records (its size, its slot
 * names, whether it has a `__dict__`). Mirrors CPython 3.8 Objects/typeobject.c
 * `compatible_for_assignment`, `compatible_with_tp_base`, `same_slots_added`.
 * @module
 */
import { typeError } from '../runtime/errors.ts';
import { TPFLAGS_HAVE_GC, type PyType } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';

const POINTER = 8;

/** The `__slots__` names a class adds to its base's (`ht_slots`, sorted and mangled). */
function ownSlots(type: PyType): readonly string[] {
  return type.base === null ? [] : type.slotNames.slice(type.base.slotNames.length);
}

/**
 * Which pointer fields `type_new` appended after a class's slots: the `__dict__` pointer (when
 * its best base had no dict) and the weak reference list, each one pointer wide.
 */
function addedFields(type: PyType): { readonly dict: boolean; readonly weak: boolean } {
  const base = type.base;
  if (!type.isHeapType || base === null) return { dict: false, weak: false };
  const extra = type.basicsize - base.basicsize - POINTER * ownSlots(type).length;
  const dict = extra >= POINTER && type.hasInstanceDict && dictOffset(base) === 0;
  return { dict, weak: extra - (dict ? POINTER : 0) >= POINTER };
}

/**
 * `tp_dictoffset`: where a class put its `__dict__` pointer, or the base's; counted from the end
 * (negative) over a variable-size base such as int. A built-in type that adds a dict gets a
 * stand-in offset past its fields, so it differs from its base's.
 */
/**
 * `tp_dictoffset` and `tp_weaklistoffset` of the built-in types that introduce either, as CPython
 * 3.8 lays them out on 64 bits (a subtype inherits its base's).
 */
const BUILTIN_OFFSETS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ['builtins.BaseException', [16, 0]],
  ['builtins.Context', [0, 32]],
  ['builtins.hamt', [0, 24]],
  ['builtins.async_generator', [0, 40]],
  ['builtins.builtin_function_or_method', [0, 40]],
  ['builtins.classmethod', [24, 0]],
  ['builtins.code', [0, 136]],
  ['builtins.coroutine', [0, 40]],
  ['builtins.frozenset', [0, 192]],
  ['builtins.function', [72, 80]],
  ['builtins.generator', [0, 40]],
  ['builtins.memoryview', [0, 136]],
  ['builtins.method', [0, 32]],
  ['builtins.module', [16, 40]],
  ['builtins.set', [0, 192]],
  ['builtins.staticmethod', [24, 0]],
  ['builtins.type', [264, 368]],
  ['collections.OrderedDict', [96, 104]],
  ['collections.deque', [0, 72]],
  ['functools._lru_cache_wrapper', [120, 0]],
  ['functools.partial', [40, 48]],
  ['itertools._tee', [0, 32]],
  ['types.SimpleNamespace', [16, 0]],
  ['_asyncio.Future', [88, 96]],
  ['_asyncio.Task', [88, 96]],
]);

function builtinOffsets(type: PyType): readonly [number, number] | undefined {
  return type.isHeapType ? undefined : BUILTIN_OFFSETS.get(`${type.module}.${type.name}`);
}

/** Static types that stand for classes of CPython's Python library ({@link layOutAsLibraryClass}). */
const libraryClasses = new Set<PyType>();

/**
 * Lays a static type out as `type_new` lays out the class statement of CPython's library it
 * stands for (`contextlib.ExitStack`, `collections.Counter`, `random.Random`): the `__dict__`
 * pointer goes right after the base's fields unless the base has one, then the weak reference
 * list unless the base has one; `tp_basicsize` grows by each. So `__basicsize__`,
 * `__dictoffset__`, `__weakrefoffset__` and `sys.getsizeof` of an instance read as CPython's.
 *
 * @param type - a static type, not yet ready, whose base is final.
 * @param fields - whether instances have a `__dict__` and take weak references.
 * @see CPython 3.8 Objects/typeobject.c `type_new` (`add_dict`, `add_weak`)
 */
export function layOutAsLibraryClass(type: PyType, fields: { readonly dict: boolean; readonly weak: boolean }): void {
  const base = type.base;
  const baseSize = base === null ? 16 : base.basicsize;
  const addsDict = fields.dict && (base === null || dictOffset(base) === 0);
  const addsWeak = fields.weak && (base === null || weaklistOffset(base) === 0);
  // A base that has either keeps it where it is (a metaclass keeps `type`'s).
  if (addsDict) type.hasInstanceDict = true;
  if (addsWeak) type.weakrefable = true;
  type.basicsize = baseSize + (addsDict ? POINTER : 0) + (addsWeak ? POINTER : 0);
  // A class inherits its base's item size (a metaclass's is `type`'s).
  type.itemsize = base === null ? 0 : base.itemsize;
  libraryClasses.add(type);
}

/** `[tp_dictoffset, tp_weaklistoffset]` of a type laid out by {@link layOutAsLibraryClass}. */
function libraryClassOffsets(type: PyType): readonly [number, number] {
  const base = type.base;
  const baseDict = base === null ? 0 : dictOffset(base);
  const baseWeak = base === null ? 0 : weaklistOffset(base);
  const baseSize = base === null ? 16 : base.basicsize;
  const dict = baseDict !== 0 ? baseDict : type.hasInstanceDict ? baseSize : 0;
  const addsDict = dict !== 0 && baseDict === 0;
  const weak = baseWeak !== 0 ? baseWeak : type.weakrefable ? baseSize + (addsDict ? POINTER : 0) : 0;
  return [dict, weak];
}

/**
 * Which of the instance `__dict__` and the weak reference list a type laid out by
 * {@link layOutAsLibraryClass} adds to its base's (`type_new`'s `add_dict` and `add_weak`, which
 * also give the class the `__dict__` and `__weakref__` descriptors); null for other types.
 */
export function libraryClassAdditions(type: PyType): { readonly dict: boolean; readonly weak: boolean } | null {
  if (!libraryClasses.has(type)) return null;
  const base = type.base;
  const [dict, weak] = libraryClassOffsets(type);
  return {
    dict: dict !== 0 && (base === null || dictOffset(base) === 0),
    weak: weak !== 0 && (base === null || weaklistOffset(base) === 0),
  };
}

export function dictOffset(type: PyType): number {
  if (libraryClasses.has(type)) return libraryClassOffsets(type)[0];
  const known = builtinOffsets(type);
  if (known !== undefined) return known[0];
  // A class that adds no dict pointer has its base's (a metaclass has `type`'s).
  if (type.isHeapType && type.base !== null && !addedFields(type).dict) return dictOffset(type.base);
  if (!type.hasInstanceDict) return 0;
  const base = type.base;
  if (base === null) return type.basicsize - POINTER;
  // A class here added the pointer (the case above took the others).
  if (type.isHeapType) return base.itemsize !== 0 ? -POINTER : base.basicsize + POINTER * ownSlots(type).length;
  return base.hasInstanceDict ? dictOffset(base) : type.basicsize - POINTER;
}

/** `tp_weaklistoffset`, derived like {@link dictOffset}; the weak list follows the dict. */
export function weaklistOffset(type: PyType): number {
  if (libraryClasses.has(type)) return libraryClassOffsets(type)[1];
  const known = builtinOffsets(type);
  if (known !== undefined) return known[1];
  if (!type.weakrefable) return 0;
  const base = type.base;
  if (base === null) return type.basicsize - POINTER;
  if (type.isHeapType) return addedFields(type).weak ? type.basicsize - POINTER : weaklistOffset(base);
  return base.weakrefable ? weaklistOffset(base) : type.basicsize - POINTER;
}

const hasGc = (type: PyType): number => type.flags & TPFLAGS_HAVE_GC;

/** `compatible_with_tp_base`: the type adds nothing to its base's layout. */
function compatibleWithTpBase(child: PyType): boolean {
  const parent = child.base;
  return parent !== null
    && child.basicsize === parent.basicsize
    && child.itemsize === parent.itemsize
    && dictOffset(child) === dictOffset(parent)
    && weaklistOffset(child) === weaklistOffset(parent)
    && hasGc(child) === hasGc(parent)
    // A class's `subtype_dealloc` is compatible with any base's.
    && (child.isHeapType || child.dealloc === parent.dealloc);
}

/** `same_slots_added`: two classes over one base add the same fields. */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  const base = a.base as PyType;
  let size = base.basicsize;
  if (dictOffset(a) === size && dictOffset(b) === size) size += POINTER;
  if (weaklistOffset(a) === size && weaklistOffset(b) === size) size += POINTER;
  if (!a.isHeapType || !b.isHeapType) return false;
  const slotsA = ownSlots(a);
  const slotsB = ownSlots(b);
  if (slotsA.length !== slotsB.length || slotsA.some((s, i) => s !== slotsB[i])) return false;
  size += POINTER * slotsA.length;
  return size === a.basicsize && size === b.basicsize;
}

/**
 * Checks that an instance of `oldto` may become an instance of `newto` (`__class__`
 * assignment): raises TypeError naming the deallocator or the layout when they differ.
 *
 * @param oldto - the object's current type.
 * @param newto - the type it is to get.
 * @param attr - the attribute being assigned, for the message (`__class__`).
 * @see CPython 3.8 Objects/typeobject.c `compatible_for_assignment`
 */
export function checkCompatibleForAssignment(oldto: PyType, newto: PyType, attr: string): void {
  // `tp_free`: PyObject_GC_Del for GC types, PyObject_Del for the others.
  if (hasGc(newto) !== hasGc(oldto)) {
    throw typeError(`${attr} assignment: '${tpName(newto)}' deallocator differs from '${tpName(oldto)}'`);
  }
  // Compare the highest supertypes each is compatible with.
  let newbase = newto;
  let oldbase = oldto;
  while (compatibleWithTpBase(newbase)) newbase = newbase.base as PyType;
  while (compatibleWithTpBase(oldbase)) oldbase = oldbase.base as PyType;
  if (newbase !== oldbase && (newbase.base !== oldbase.base || !sameSlotsAdded(newbase, oldbase))) {
    throw typeError(`${attr} assignment: '${tpName(newto)}' object layout differs from '${tpName(oldto)}'`);
  }
}
