/**
 * The root of the object model: `PyObject` (type, reference count, address) and `PyType` with
 * its slots. Every Python value the interpreter touches is a `PyObject`; behaviour is found
 * through the slots of its type, as in CPython 3.8 Include/object.h and Objects/typeobject.c.
 *
 * Reference counting follows CPython's conventions: a function returning a `PyObject` returns a
 * new reference (the caller owns it and must {@link decref} it), arguments are borrowed. When a
 * count drops to zero the type's `dealloc` runs at once, so destruction happens exactly when
 * CPython's does.
 * @module
 */
import type { SharedKeys } from './shared-keys.ts';
import type { PyDict } from '../objects/dict.ts';
import { releaseAddress, releasePlainAddress } from './memory.ts';
import { addressOf, isStaticHandle } from '../heap/handles.ts';
import { noteFreed, refcheckOn } from './refcount-check.ts';
import { gcUntrack, gcUntrackOnFree, leaveCollectingSet, youngestGeneration, type GcList } from './gc-registry.ts';

/**
 * A Python object.
 *
 * @remarks
 * Fields most objects never use cost them nothing: `slots` and `weakrefs` become own properties
 * only when set (their null defaults live on the prototype, below the class), and the
 * `PyGC_Head` fields are own properties of instances of GC types only, set in the constructor
 * so that every such object has them in the same order (for an `int` or a `str` they are read
 * from the prototype). `dict` and `finalized` stay own fields of almost every object: they are
 * set on objects of every kind (a finalized generator, a function's `__dict__`) from sites that
 * see many classes, where adding a property is far slower than writing one. Ints and floats,
 * the most numerous objects, are the exception: they write their own header (see the
 * constructor) without those two, which instances of their subclasses add when they need them.
 */
export class PyObject {
  /** `ob_type`. Reassignable only through `__class__` assignment. */
  declare type: PyType;
  /** `ob_refcnt`. Static objects start so high that they never reach zero. */
  declare refcnt: number;
  /**
   * The simulated address as a handle (heap/handles.ts): a small integer, so it is stored
   * unboxed. {@link PyObject.address} is the address itself.
   */
  declare addressHandle: number;
  /** The instance `__dict__` of objects of heap types that have one, created lazily. */
  declare dict: PyDict | null;
  /** Slot values of `__slots__` classes, by slot index (null by default). */
  declare slots: (PyObject | null)[] | null;
  /** Weak references to this object, oldest first (`tp_weaklistoffset`; null by default). */
  declare weakrefs: PyObject[] | null;
  /** `PyGC_Head`: the generation list holding this object (null by default). */
  declare gcList: GcList | null;
  /** Its position in that list. */
  declare gcIndex: number;
  /** Whether its finalizer already ran (`_PyGC_FINALIZED`). */
  declare finalized: boolean;

  /**
   * @param address - The object's address as {@link allocateAddress} or `staticAddress` give it
   * (a handle).
   * @param subclassWritesHeader - The subclass's constructor writes the header fields itself,
   * in this constructor's order, and calls {@link trackNewObject} for GC types. The hottest
   * classes (int, float) do: V8 does not always inline this constructor into theirs, and then
   * its stores, seen on objects of every class, are megamorphic; in theirs they are not.
   */
  constructor(type: PyType, address: number, subclassWritesHeader = false) {
    if (subclassWritesHeader) return;
    this.dict = null;
    this.finalized = false;
    this.type = type;
    this.refcnt = 1;
    this.addressHandle = address;
    if (isGcType(type)) {
      // `PyObject_GC_Track`: GC objects join generation 0 (the first type has no type yet). The
      // fields are written here, on the object being built and before it is handed to anything,
      // where V8 knows its shape (after a call it did not inline, it would not).
      const list = isStaticHandle(address) ? null : youngestGeneration;
      this.gcList = list;
      this.gcIndex = list === null ? 0 : list.items.length;
      if (list !== null) list.append(this);
    }
  }

  /** The simulated address: what `id()` returns. */
  get address(): number {
    return addressOf(this.addressHandle);
  }
}

/**
 * `PyObject_GC_Track` of a new object whose class wrote its header (see PyObject's constructor),
 * or of a revived frame: for the few classes that call it, its stores stay polymorphic.
 */
export function trackNewObject(o: PyObject, address: number): void {
  const list = isStaticHandle(address) ? null : youngestGeneration;
  o.gcList = list;
  o.gcIndex = list === null ? 0 : list.items.length;
  if (list !== null) list.append(o);
}

// The defaults of the fields that are own properties only once set (see PyObject's remarks).
PyObject.prototype.dict = null;
PyObject.prototype.finalized = false;
PyObject.prototype.gcList = null;
PyObject.prototype.gcIndex = 0;
PyObject.prototype.slots = null;
PyObject.prototype.weakrefs = null;

/** Whether instances of `type` are GC-tracked; `type` is missing only while `type` itself is made. */
function isGcType(type: PyType | undefined): boolean {
  return type !== undefined && (type.flags & TPFLAGS_HAVE_GC) !== 0;
}

/** The last `tp_version_tag` handed out. */
let typeVersions = 0;

/** Forgets the cached attribute lookups of `type` alone (`PyType_Modified` without the subclasses). */
export function forgetLookups(type: PyType): void {
  type.lookupCache.clear();
  type.version = ++typeVersions;
}

/** Reference count that marks an object as static (never freed, like CPython's static types). */
export const IMMORTAL = 0x4000_0000;

/** A slot taking one object and returning a new reference. */
export type UnarySlot = (self: PyObject) => PyObject;
/** {@link PyType.sendStep}: a yielded value, or `done` with the return value (new references). */
export type SendStepSlot = (self: PyObject, arg: PyObject | null) => { readonly done: boolean; readonly value: PyObject };
/** A binary number slot: a new reference or `NotImplemented` (also a new reference). */
export type BinarySlot = (a: PyObject, b: PyObject) => PyObject;
/** `tp_richcompare`: op is 0..5 as CPython's Py_LT..Py_GE. */
export type RichCompareSlot = (a: PyObject, b: PyObject, op: number) => PyObject;
/** `tp_call` and native callables: positional args and keyword names (vectorcall shape). */
export type CallSlot = (self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null) => PyObject;
/** `tp_getattro`: a new reference or `null` when the attribute is missing (no exception set). */
export type GetAttrSlot = (self: PyObject, name: PyStrLike) => PyObject | null;
/** `tp_setattro`: `value` null deletes. */
export type SetAttrSlot = (self: PyObject, name: PyStrLike, value: PyObject | null) => void;
/** `tp_descr_get`: `obj` null for access through the class. */
export type DescrGetSlot = (self: PyObject, obj: PyObject | null, type: PyType) => PyObject;
/** `tp_descr_set`: `value` null deletes. */
export type DescrSetSlot = (self: PyObject, obj: PyObject, value: PyObject | null) => void;
/** `tp_iternext`: a new reference, or `null` when exhausted (no exception). */
export type IterNextSlot = (self: PyObject) => PyObject | null;

/** The part of a `str` object the attribute slots need, declared here to avoid a cycle. */
export interface PyStrLike extends PyObject {
  readonly value: string;
}

/** `tp_flags` bits used by the runtime (Include/object.h). */
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_HAVE_GC = 1 << 14;
export const TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
export const TPFLAGS_IS_ABSTRACT = 1 << 20;

/** Constructor arguments of a static type. */
export interface TypeSpec {
  readonly name: string;
  /** The module shown in the repr (`builtins` is left out of reprs). */
  readonly module?: string;
  readonly base?: PyType | null;
  /**
   * Further bases after `base`, for a static type standing for a class with several bases
   * (`_GeneratorContextManager(_GeneratorContextManagerBase, ContextDecorator)`): they join the
   * MRO and lend the slots `base` leaves empty, but add nothing to the layout.
   */
  readonly mixins?: readonly PyType[];
  readonly basicsize: number;
  readonly itemsize?: number;
  readonly flags?: number;
  readonly doc?: string | null;
}

/**
 * A type object. Slots are plain fields: `undefined` means the type does not fill it, and
 * `inheritSlots` copies the base's as CPython's `inherit_slots` does.
 */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  base: PyType | null;
  bases: PyType[] = [];
  mro: PyType[] = [];
  /** `tp_mro` of a class as a tuple that owns its entries, itself included (the class's own cycle). */
  mroTuple: PyObject | null = null;
  /** `tp_bases` of a class: the tuple it was made with (its own reference; null for static types). */
  basesTuple: PyObject | null = null;
  flags: number;
  basicsize: number;
  itemsize: number;
  doc: string | null;
  /** Attribute lookups by name, valid while no type in the MRO changes. */
  lookupCache = new Map<string, PyObject | null>();
  /**
   * `tp_version_tag`: a number no other state of any type had, renewed whenever the lookup
   * cache is forgotten ({@link forgetLookups}); compiled code keys its attribute caches on it.
   */
  version = ++typeVersions;
  /** Names of `__slots__` (heap types), in layout order, including inherited ones. */
  slotNames: readonly string[] = [];
  /** Whether instances have a `__dict__`. */
  hasInstanceDict = false;
  /** `ht_cached_keys`: the keys table a class's instance dicts share (runtime/shared-keys.ts), or null. */
  cachedKeys: SharedKeys | null = null;
  /** Whether instances can be weakly referenced. */
  weakrefable = false;
  /**
   * Whether this static type stands for a class CPython 3.8 writes in Python (`Counter`,
   * `ExitStack`): its dict has a `__module__` and no `__new__` of its own, as a `class` body's has,
   * and `object.__new__` makes its instances with its allocation.
   */
  isPythonClass = false;
  /**
   * For a static type standing for a Python class: the slot dunders its class body defines. The
   * slots it fills for other reasons (`Counter`'s `mp_ass_subscript` for its `__delitem__`, the
   * reflected half of a binary slot) then get no wrapper, as a class's dict holds only what its
   * body defines. Null: every slot the type fills gets one.
   */
  classDunders: ReadonlySet<string> | null = null;
  /** Whether calls skip `tp_call` (`_Py_TPFLAGS_HAVE_VECTORCALL`): no C-level recursion check then. */
  vectorcall = false;
  /** Whether deallocation goes through the trashcan (`Py_TRASHCAN_BEGIN` in `tp_dealloc`). */
  trashcan = false;
  /**
   * Whether instances are coroutine objects (`PyCoro_CheckExact`): the built-in coroutine type
   * and any native coroutine a host module defines. `yield from` takes them only in coroutines.
   */
  isCoroutine = false;
  /** The heap free list id of exact instances (memory.ts; -1 until first computed, -2 for tuple). */
  freeListId = -1;
  /** Types that name this one as a base (`tp_subclasses`), for cache invalidation. */
  subclasses: PyType[] = [];

  // The slots (Include/cpython/object.h). Each is initialised, so that every type object has
  // the same hidden class: code reading `type.x` for types of every kind stays monomorphic.
  repr: UnarySlot | undefined = undefined;
  str: UnarySlot | undefined = undefined;
  hash: ((self: PyObject) => bigint) | undefined = undefined;
  richcompare: RichCompareSlot | undefined = undefined;
  iter: UnarySlot | undefined = undefined;
  iternext: IterNextSlot | undefined = undefined;
  /**
   * No CPython slot: `send(arg)` (`__next__` when null) for YIELD_FROM, reporting a return as
   * `done` instead of raising the StopIteration when that would stay unnormalized. Types that
   * can't be subclassed only.
   */
  sendStep: SendStepSlot | undefined = undefined;
  call: CallSlot | undefined = undefined;
  getattro: GetAttrSlot | undefined = undefined;
  setattro: SetAttrSlot | undefined = undefined;
  descrGet: DescrGetSlot | undefined = undefined;
  descrSet: DescrSetSlot | undefined = undefined;
  /** `tp_new`: called with the type being instantiated. */
  new: ((type: PyType, args: readonly PyObject[], kwnames: readonly string[] | null) => PyObject) | undefined = undefined;
  /** `tp_init`. */
  init: ((self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null) => void) | undefined = undefined;
  /** Releases what the object holds; the address is released by {@link decref}. */
  dealloc: ((self: PyObject) => void) | undefined = undefined;
  /** `tp_finalize` (PEP 442): runs before dealloc, may resurrect. */
  finalize: ((self: PyObject) => void) | undefined = undefined;
  /** `tp_traverse`: visits every object this one holds a reference to. */
  traverse: ((self: PyObject, visit: (o: PyObject) => void) => void) | undefined = undefined;
  /** `tp_clear`: drops references to break a cycle. */
  clear: ((self: PyObject) => void) | undefined = undefined;
  // Number, sequence and mapping slots, merged as CPython's abstract layer sees them.
  nbBool: ((self: PyObject) => boolean) | undefined = undefined;
  nbIndex: UnarySlot | undefined = undefined;
  nbInt: UnarySlot | undefined = undefined;
  nbFloat: UnarySlot | undefined = undefined;
  nbNegative: UnarySlot | undefined = undefined;
  nbPositive: UnarySlot | undefined = undefined;
  nbInvert: UnarySlot | undefined = undefined;
  nbAbsolute: UnarySlot | undefined = undefined;
  /** Binary number slots by operator name (`add`, `subtract`, ...). */
  nb: NumberSlots = new NumberSlots();
  /** In-place number slots by operator name. */
  nbInplace: NumberSlots = new NumberSlots();
  /** Whether `nb.add` stands for `sq_concat` (sequences): it then gets `__add__` but no `__radd__`. */
  addIsConcat = false;
  nbPower: ((a: PyObject, b: PyObject, mod: PyObject) => PyObject) | undefined = undefined;
  length: ((self: PyObject) => number) | undefined = undefined;
  getitem: BinarySlot | undefined = undefined;
  setitem: ((self: PyObject, key: PyObject, value: PyObject | null) => void) | undefined = undefined;
  contains: ((self: PyObject, item: PyObject) => boolean) | undefined = undefined;
  /** Whether `getitem`/`length` act as a sequence (`sq_item`) rather than a mapping. */
  isSequence = false;
  // Awaitables and async iterators (PyAsyncMethods).
  amAwait: UnarySlot | undefined = undefined;
  amAiter: UnarySlot | undefined = undefined;
  amAnext: UnarySlot | undefined = undefined;

  /** The type's `__dict__`; filled by the bootstrap and by class creation. */
  declare dict: PyDict;

  constructor(metatype: PyType | null, spec: TypeSpec, address: number) {
    // `type` is its own type: the metatype of the very first type is patched below.
    super(metatype ?? (undefined as unknown as PyType), address);
    if (metatype === null) this.type = this;
    this.name = spec.name;
    this.qualname = spec.name;
    this.module = spec.module ?? 'builtins';
    this.base = spec.base === undefined ? null : spec.base;
    if (this.base !== null) this.bases = [this.base, ...(spec.mixins ?? [])];
    this.basicsize = spec.basicsize;
    this.itemsize = spec.itemsize ?? 0;
    this.flags = spec.flags ?? 0;
    this.doc = spec.doc ?? null;
  }

  /** Whether instances are tracked by the cyclic GC (a 16-byte head precedes them). */
  get isGc(): boolean {
    return (this.flags & TPFLAGS_HAVE_GC) !== 0;
  }

  /** Whether this is a class created at run time (`Py_TPFLAGS_HEAPTYPE`). */
  get isHeapType(): boolean {
    return (this.flags & TPFLAGS_HEAPTYPE) !== 0;
  }

  /** `PyType_IsSubtype`: whether `other` is in this type's MRO. */
  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * A type's binary (or in-place) number slots by operator name. A class with every field
 * initialised, so that all slot tables share one hidden class and `nb[op]` stays fast for every
 * type (a plain object per type, filled in its own order, would make each lookup megamorphic).
 */
export class NumberSlots {
  add: BinarySlot | undefined = undefined;
  subtract: BinarySlot | undefined = undefined;
  multiply: BinarySlot | undefined = undefined;
  remainder: BinarySlot | undefined = undefined;
  divmod: BinarySlot | undefined = undefined;
  power: BinarySlot | undefined = undefined;
  lshift: BinarySlot | undefined = undefined;
  rshift: BinarySlot | undefined = undefined;
  and: BinarySlot | undefined = undefined;
  xor: BinarySlot | undefined = undefined;
  or: BinarySlot | undefined = undefined;
  floor_divide: BinarySlot | undefined = undefined;
  true_divide: BinarySlot | undefined = undefined;
  matrix_multiply: BinarySlot | undefined = undefined;
}

/** The operator names of {@link NumberSlots}, in its field order. */
export const BINARY_OP_NAMES: readonly BinaryOpName[] = Object.keys(new NumberSlots()) as BinaryOpName[];

/** Binary operators with number slots (`nb_add` ... `nb_matrix_multiply`). */
export type BinaryOpName =
  | 'add' | 'subtract' | 'multiply' | 'remainder' | 'divmod' | 'power' | 'lshift' | 'rshift'
  | 'and' | 'xor' | 'or' | 'floor_divide' | 'true_divide' | 'matrix_multiply';

/** Takes a new reference to `o` and returns it (`Py_INCREF` as an expression). */
export function incref<T extends PyObject>(o: T): T {
  o.refcnt++;
  return o;
}

/**
 * Drops a reference (`Py_DECREF`). At zero the type's finalizer and dealloc run and the address
 * goes back to the heap.
 */
export function decref(o: PyObject): void {
  if (--o.refcnt === 0) destroyObject(o);
}

/** `Py_XDECREF`. */
export function xdecref(o: PyObject | null | undefined): void {
  if (o != null && --o.refcnt === 0) destroyObject(o);
}

/** `PyTrash_UNWIND_LEVEL`: nested deallocations beyond this depth are deferred. */
const TRASH_UNWIND_LEVEL = 50;
let trashNesting = 0;
/** Objects whose deallocation was deferred (`trash_delete_later`), destroyed last in, first out. */
const trashLater: PyObject[] = [];

function runDealloc(o: PyObject): void {
  leaveCollectingSet(o);
  const dealloc = o.type.dealloc;
  if (dealloc === undefined) freeObject(o);
  else dealloc(o);
}

/**
 * Runs the type's dealloc, which ends with {@link freeObject}. Containers use CPython's
 * trashcan (`Py_TRASHCAN_BEGIN`): deep chains are freed iteratively, in CPython's order.
 */
export function destroyObject(o: PyObject): void {
  if (!o.type.trashcan) runDealloc(o);
  else destroyInTrashcan(o);
}

/** {@link destroyObject} of a container (apart, so that the common path stays small enough to inline). */
function destroyInTrashcan(o: PyObject): void {
  if (trashNesting >= TRASH_UNWIND_LEVEL) {
    trashLater.push(o);
    return;
  }
  ++trashNesting;
  try {
    runDealloc(o);
  } finally {
    --trashNesting;
  }
  if (trashLater.length > 0 && trashNesting <= 0) destroyTrashChain();
}

/** `_PyTrash_thread_destroy_chain`. */
function destroyTrashChain(): void {
  ++trashNesting;
  try {
    for (let o = trashLater.pop(); o !== undefined; o = trashLater.pop()) runDealloc(o);
  } finally {
    --trashNesting;
  }
}

/**
 * `PyObject_CallFinalizerFromDealloc`: runs `tp_finalize` once (PEP 442) on an object whose count
 * reached zero. Returns true when the finalizer resurrected it (the dealloc must stop).
 *
 * Its callers (`subtype_dealloc`, `gen_dealloc`) untrack a GC object and track it again just
 * before: it is finalized at the young end of generation 0, where a resurrected object stays
 * (whatever generation it was in), and otherwise leaves the collector's lists right after.
 */
export function callFinalizerFromDealloc(o: PyObject): boolean {
  const finalize = o.type.finalize;
  if (finalize === undefined || o.finalized) return false;
  o.finalized = true;
  const isGc = o.type.isGc;
  if (isGc) {
    // `_PyObject_GC_UNTRACK` then `_PyObject_GC_TRACK`: to the end of the list, even from within it.
    o.gcList?.delete(o);
    youngestGeneration.add(o);
  }
  o.refcnt = 1;
  finalize(o);
  if (--o.refcnt === 0) {
    if (isGc) gcUntrack(o);
    return false;
  }
  return true;
}

/** Marks an object finalized without running its finalizer (used by the cycle collector). */
export function markFinalized(o: PyObject): void {
  o.finalized = true;
}

/** Whether an object's finalizer already ran. */
export function isFinalized(o: PyObject): boolean {
  return o.finalized;
}

/**
 * {@link freeObject} of an instance of a static type with no GC head and no free list (an exact
 * int or str): its block goes straight back to pymalloc unless anything watches frees.
 */
export function freePlainObject(o: PyObject): void {
  if (!releasePlainAddress(o.addressHandle)) freeObject(o);
}

/**
 * Releases an object's memory: its address goes back to the heap (or its free list) and a heap
 * type loses the reference its instance held. The last step of every dealloc.
 */
export function freeObject(o: PyObject): void {
  const type = o.type;
  // `PyObject_GC_Del` lowers the allocation count; an object kept on its type's free list is not deleted.
  if (type.isGc) gcUntrackOnFree(o, releaseAddress(o.addressHandle, type));
  else releaseAddress(o.addressHandle, type);
  if (refcheckOn) noteFreed(o);
  if (type.isHeapType) decref(type);
}
