/**
 * `wrapper_descriptor` (`int.__add__`: a built-in type's slot exposed as a method) and
 * `method-wrapper` (the same bound to an object: `(1).__add__`). Mirrors CPython 3.8
 * Objects/descrobject.c `PyWrapperDescr_Type` and `_PyMethodWrapper_Type`.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, TPFLAGS_METHOD_DESCRIPTOR, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import type { SlotDef } from '../runtime/slot-table.ts';
import { None, newNotImplemented } from './singletons.ts';
import { newBool } from './int.ts';
import { pointerHash } from '../hash/pointer-hash.ts';
import { newStr } from './str.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { getBuiltinId } from './builtin-id.ts';
import { holdCallArguments, releaseCallArguments } from './call-arguments.ts';
import { newTuple, newTupleStealing } from './tuple.ts';

/** The `wrapper_descriptor` type. */
export const wrapperDescriptorType: PyType = staticType({ name: 'wrapper_descriptor', basicsize: 56, flags: TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR });

/** A slot of `owner` exposed as the method `def.name`. */
export class PyWrapperDescr extends PyObject {
  readonly def: SlotDef;
  readonly owner: PyType;
  /** The slot function itself (what `update_one_slot` reuses for subclasses). */
  readonly slot: unknown;

  constructor(def: SlotDef, owner: PyType, slot: unknown) {
    super(wrapperDescriptorType, allocateAddress(wrapperDescriptorType));
    this.def = def;
    this.owner = owner;
    this.slot = slot;
  }
}

/** What a slot wrapper wraps: the slot def, the class that fills the slot and the slot function. */
export interface WrappedSlot {
  readonly def: SlotDef;
  readonly owner: PyType;
  readonly slot: unknown;
}

/**
 * The slots of native classes CPython writes in Python, which show as functions in their class
 * dicts (objects/slot-py-function.ts), with what each wraps.
 */
const slotFunctions = new WeakMap<PyObject, WrappedSlot>();

/** Notes that the function `fn` stands for the slot `wrapped` (a `def` of a Python class in CPython). */
export function registerSlotFunction(fn: PyObject, wrapped: WrappedSlot): void {
  slotFunctions.set(fn, wrapped);
}

/**
 * The slot a class dict's entry `d` exposes: a slot wrapper's, or the one a slot function (a
 * native class's `def __init__` and the like) runs; null for anything else. `update_one_slot`
 * reuses it for subclasses instead of a generic dispatcher calling the entry.
 */
export function wrappedSlotOf(d: PyObject): WrappedSlot | null {
  return d instanceof PyWrapperDescr ? d : slotFunctions.get(d) ?? null;
}

/**
 * `wrapperdescr_call`'s checks of its first argument, the object the slot runs on.
 *
 * @returns that object.
 * @see CPython 3.8 Objects/descrobject.c wrapperdescr_call
 */
export function checkSelf(d: PyWrapperDescr, self: PyObject | undefined): PyObject {
  if (self === undefined) throw typeError(`descriptor '${d.def.name}' of '${tpName(d.owner)}' object needs an argument`);
  if (!self.type.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.def.name}' requires a '${tpName(d.owner)}' object but received a '${tpName(self.type)}'`);
  }
  return self;
}

/** The keyword names a wrapper passes on: null for none; an error where it takes none (`wrapper_call`). */
function keywordNames(d: PyWrapperDescr, kwnames: readonly string[] | null): readonly string[] | null {
  if (kwnames === null || kwnames.length === 0) return null;
  if (d.def.keywords !== true) throw typeError(`wrapper ${d.def.name}() takes no keyword arguments`);
  return kwnames;
}

wrapperDescriptorType.call = (callable, args, kwnames) => {
  const d = callable as PyWrapperDescr;
  // `tp_call` gets the arguments packed; `wrapperdescr_call` then slices `self` off into a second tuple.
  const held = holdCallArguments(args, kwnames);
  let rest: PyObject | null = null;
  try {
    const npos = args.length - (kwnames?.length ?? 0);
    const self = checkSelf(d, npos > 0 ? args[0] : undefined);
    if (npos > 1) rest = newTuple(args.slice(1, npos));
    const kw = keywordNames(d, kwnames);
    return d.def.wrap(d.slot, self, args.slice(1), kw);
  } finally {
    if (rest !== null) decref(rest);
    releaseCallArguments(held);
  }
};
wrapperDescriptorType.descrGet = (descr, obj) => {
  if (obj === null) return incref(descr);
  const d = descr as PyWrapperDescr;
  if (!obj.type.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.def.name}' for '${tpName(d.owner)}' objects doesn't apply to a '${tpName(obj.type)}' object`);
  }
  return new PyMethodWrapper(d, obj);
};
wrapperDescriptorType.repr = (self) => {
  const d = self as PyWrapperDescr;
  return newStr(`<slot wrapper '${d.def.name}' of '${tpName(d.owner)}' objects>`);
};

/** The `method-wrapper` type. */
export const methodWrapperType: PyType = staticType({ name: 'method-wrapper', basicsize: 32, flags: TPFLAGS_HAVE_GC });

/** A slot wrapper bound to `self` (owned). */
export class PyMethodWrapper extends PyObject {
  readonly descr: PyWrapperDescr;
  readonly self: PyObject;

  constructor(descr: PyWrapperDescr, self: PyObject) {
    super(methodWrapperType, allocateAddress(methodWrapperType));
    this.descr = incref(descr);
    this.self = incref(self);
  }
}

methodWrapperType.call = (callable, args, kwnames) => {
  const w = callable as PyMethodWrapper;
  const held = holdCallArguments(args, kwnames);
  try {
    return w.descr.def.wrap(w.descr.slot, w.self, args, keywordNames(w.descr, kwnames));
  } finally {
    releaseCallArguments(held);
  }
};
methodWrapperType.dealloc = (self) => {
  const w = self as PyMethodWrapper;
  decref(w.descr);
  decref(w.self);
  freeObject(self);
};
methodWrapperType.traverse = (self, visit) => {
  const w = self as PyMethodWrapper;
  visit(w.descr);
  visit(w.self);
};
// A slot wrapper borrows its (static) owner: nothing it holds is counted.
wrapperDescriptorType.traverse = () => undefined;
methodWrapperType.repr = (self) => {
  const w = self as PyMethodWrapper;
  return newStr(`<method-wrapper '${w.descr.def.name}' of ${tpName(w.self.type)} object at 0x${w.self.address.toString(16)}>`);
};
// `wrapper_reduce`: a method-wrapper pickles as `getattr(self, name)`.
addMethods(methodWrapperType, [{
  name: '__reduce__', kind: 'noargs',
  impl: (self) => {
    const w = self as PyMethodWrapper;
    return newTupleStealing([getBuiltinId('getattr'), newTupleStealing([incref(w.self), newStr(w.descr.def.name)])]);
  },
}]);

/** `_PyType_GetDocFromInternalDoc`: the slot's doc, None when it has none (`__del__`). */
function docOf(d: PyWrapperDescr): PyObject {
  return d.def.doc === '' ? incref(None) : newStr(d.def.doc);
}

/** `wrapperdescr_get_qualname`: `Owner.__name__`. */
function qualname(d: PyWrapperDescr): PyObject {
  return newStr(`${d.owner.name}.${d.def.name}`);
}

/** Slot signatures other than `($self, /)` (no argument) and `($self, value, /)` (one); null: none. */
const SLOT_SIGNATURES: ReadonlyMap<string, string | null> = new Map([
  ['__del__', null],
  ['__call__', '($self, /, *args, **kwargs)'],
  ['__init__', '($self, /, *args, **kwargs)'],
  ['__getattribute__', '($self, name, /)'],
  ['__delattr__', '($self, name, /)'],
  ['__setattr__', '($self, name, value, /)'],
  ['__get__', '($self, instance, owner, /)'],
  ['__set__', '($self, instance, value, /)'],
  ['__delete__', '($self, instance, /)'],
  ['__getitem__', '($self, key, /)'],
  ['__delitem__', '($self, key, /)'],
  ['__contains__', '($self, key, /)'],
  ['__setitem__', '($self, key, value, /)'],
  ['__pow__', '($self, value, mod=None, /)'],
  ['__rpow__', '($self, value, mod=None, /)'],
]);

/** `__text_signature__`: the signature line the slot's doc starts with in `slotdefs`, or None. */
function textSignature(d: PyWrapperDescr): PyObject {
  const special = SLOT_SIGNATURES.get(d.def.name);
  const sig = special !== undefined ? special : d.def.arity === 0 ? '($self, /)' : '($self, value, /)';
  return sig === null ? incref(None) : newStr(sig);
}

// `descr_members` and `wrapperdescr_getset`; `wrapper_members` and `wrapper_getsets` for the bound form.
addGetSets(wrapperDescriptorType, [
  { name: '__doc__', get: (self) => docOf(self as PyWrapperDescr) },
  { name: '__name__', get: (self) => newStr((self as PyWrapperDescr).def.name) },
  { name: '__qualname__', get: (self) => qualname(self as PyWrapperDescr) },
  { name: '__objclass__', get: (self) => incref((self as PyWrapperDescr).owner) },
  { name: '__text_signature__', get: (self) => textSignature(self as PyWrapperDescr) },
]);
addGetSets(methodWrapperType, [
  { name: '__doc__', get: (self) => docOf((self as PyMethodWrapper).descr) },
  { name: '__name__', get: (self) => newStr((self as PyMethodWrapper).descr.def.name) },
  { name: '__qualname__', get: (self) => qualname((self as PyMethodWrapper).descr) },
  { name: '__objclass__', get: (self) => incref((self as PyMethodWrapper).descr.owner) },
  { name: '__self__', get: (self) => incref((self as PyMethodWrapper).self) },
  { name: '__text_signature__', get: (self) => textSignature((self as PyMethodWrapper).descr) },
]);

// `wrapper_richcompare`: method-wrappers are equal when they wrap the same slot of the same object.
methodWrapperType.richcompare = (a, b, op) => {
  if ((op !== 2 && op !== 3) || !(a instanceof PyMethodWrapper) || !(b instanceof PyMethodWrapper)) return newNotImplemented();
  const eq = a.descr === b.descr && a.self === b.self;
  return newBool(op === 2 ? eq : !eq);
};
// `wrapper_hash`: the self's address hash mixed with the descriptor's.
methodWrapperType.hash = (self) => {
  const w = self as PyMethodWrapper;
  const x = BigInt.asIntN(64, pointerHash(BigInt(w.self.address)) ^ pointerHash(BigInt(w.descr.address)));
  return x === -1n ? -2n : x;
};
