/**
 * How a class defined in Python fills its type slots: each slot whose dunder the class (or a base)
 * defines in Python gets a dispatcher that looks the dunder up and calls it; a dunder inherited
 * from a built-in type's slot wrapper reuses that built-in slot directly. Mirrors CPython 3.8
 * Objects/typeobject.c `update_one_slot`, `slot_tp_*`, `slot_nb_*`, `slot_sq_*`, `slot_mp_*`.
 * @module
 */
import * as E from '../objects/exceptions.ts';
import { PyInt, intValueHash } from '../objects/int.ts';
import { None, NotImplemented, newNotImplemented } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyWrapperDescr, wrappedSlotOf } from '../objects/wrapper-descr.ts';
import { holdCallArguments, releaseCallArguments, withUnpackedKeywords } from '../objects/call-arguments.ts';
import { isTrue, identityHash } from './abstract-compare.ts';
import { index } from './abstract-number.ts';
import { genericGetAttr, genericSetAttr, lookupType } from './attributes.ts';
import { callObject } from './call.ts';
import { PyRaise, attributeError, clearRaise, exceptionMatches, raiseMessage, typeError } from './errors.ts';
import { TPFLAGS_METHOD_DESCRIPTOR, decref, incref, type BinaryOpName, type PyObject, type PyType } from './object.ts';
import { writeUnraisable } from './unraisable.ts';
import { tpName } from './type-name.ts';
import { bigLength } from './abstract-item.ts';

/**
 * `lookup_maybe_method` + call: calls `type(self).name(self, *args)` without a bound method
 * object. Returns null when the type has no such attribute.
 */
export function callSpecial(self: PyObject, name: string, args: readonly PyObject[]): PyObject | null {
  const descr = lookupType(self.type, name);
  if (descr === null) return null;
  incref(descr);
  try {
    return callAttribute(self, descr, args);
  } finally {
    decref(descr);
  }
}

/**
 * `call_attribute`: calls the type attribute `descr` (a reference the caller holds) on `self`,
 * unbound when it is a method descriptor, else through its `__get__`.
 */
function callAttribute(self: PyObject, descr: PyObject, args: readonly PyObject[]): PyObject {
  if ((descr.type.flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0) return callObject(descr, [self, ...args]);
  const get = descr.type.descrGet;
  const bound = get === undefined ? incref(descr) : get(descr, self, self.type);
  try {
    return callObject(bound, args);
  } finally {
    decref(bound);
  }
}

/**
 * `lookup_maybe_method` + call, for the slots that take any failure of the lookup as absence
 * (`slot_tp_richcompare`, `slot_tp_repr`): an error raised while binding the dunder (a property
 * whose getter raises) is cleared and null returned; errors raised by the call itself propagate.
 */
function callSpecialOrAbsent(self: PyObject, name: string, args: readonly PyObject[]): PyObject | null {
  const descr = lookupType(self.type, name);
  const get = descr?.type.descrGet;
  if (descr === null || get === undefined || (descr.type.flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0) return callSpecial(self, name, args);
  let bound: PyObject;
  try {
    bound = get(descr, self, self.type);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return null;
  }
  try {
    return callObject(bound, args);
  } finally {
    decref(bound);
  }
}

/** `slot_tp_repr`: `__repr__`, or `<name object at address>` when it cannot be looked up. */
function slotRepr(self: PyObject): PyObject {
  return callSpecialOrAbsent(self, '__repr__', []) ?? newStr(`<${tpName(self.type)} object at 0x${self.address.toString(16)}>`);
}

/** `call_method`: like {@link callSpecial}, but a missing method is an AttributeError. */
function callRequired(self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const res = callSpecial(self, name, args);
  if (res === null) throw attributeError(name);
  return res;
}

/**
 * `slot_tp_iternext`, the `tp_iternext` of classes that define `__next__` (FOR_ITER knows it:
 * ops-misc.ts `pythonNextOrStop`).
 */
export function pythonNextSlot(self: PyObject): PyObject {
  return callRequired(self, '__next__', []);
}

/** `call_maybe`: a missing method means NotImplemented. */
function callMaybe(self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  return callSpecial(self, name, args) ?? newNotImplemented();
}

const RICH_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;

/** Binary dunders by number slot: [method, reflected]. */
const BINARY_NAMES: Record<BinaryOpName, readonly [string, string]> = {
  add: ['__add__', '__radd__'], subtract: ['__sub__', '__rsub__'], multiply: ['__mul__', '__rmul__'],
  remainder: ['__mod__', '__rmod__'], divmod: ['__divmod__', '__rdivmod__'], power: ['__pow__', '__rpow__'],
  lshift: ['__lshift__', '__rlshift__'], rshift: ['__rshift__', '__rrshift__'], and: ['__and__', '__rand__'],
  xor: ['__xor__', '__rxor__'], or: ['__or__', '__ror__'], floor_divide: ['__floordiv__', '__rfloordiv__'],
  true_divide: ['__truediv__', '__rtruediv__'], matrix_multiply: ['__matmul__', '__rmatmul__'],
};

/** Whether `type(other).rname` differs from `type(self).rname` (`method_is_overloaded`). */
function methodIsOverloaded(self: PyObject, other: PyObject, rname: string): boolean {
  const a = lookupType(other.type, rname);
  if (a === null) return false;
  const b = lookupType(self.type, rname);
  return b === null || a !== b;
}

/** `SLOT1BINFULL`: the binary dispatcher of a class for one operator. */
function binaryDispatcher(op: BinaryOpName): (self: PyObject, other: PyObject) => PyObject {
  const [name, rname] = BINARY_NAMES[op];
  const dispatcher = (self: PyObject, other: PyObject): PyObject => {
    let doOther = self.type !== other.type && other.type.nb[op] === dispatcher;
    if (self.type.nb[op] === dispatcher) {
      if (doOther && other.type.isSubtype(self.type) && methodIsOverloaded(self, other, rname)) {
        const r = callMaybe(other, rname, [self]);
        if (r !== NotImplemented) return r;
        decref(r);
        doOther = false;
      }
      const r = callMaybe(self, name, [other]);
      if (r !== NotImplemented || other.type === self.type) return r;
      decref(r);
    }
    if (doOther) return callMaybe(other, rname, [self]);
    return newNotImplemented();
  };
  return dispatcher;
}

const binaryDispatchers = new Map<BinaryOpName, (a: PyObject, b: PyObject) => PyObject>();
for (const op of Object.keys(BINARY_NAMES) as BinaryOpName[]) binaryDispatchers.set(op, binaryDispatcher(op));

/**
 * `slot_nb_power`: `pow(a, b, mod)` calls `a.__pow__(b, mod)`, and only when `a`'s own class
 * dispatches to `__pow__` (three-argument power never uses `__rpow__`).
 */
function slotNbPower(self: PyObject, other: PyObject, modulus: PyObject): PyObject {
  if (modulus === None) return (binaryDispatchers.get('power') as (a: PyObject, b: PyObject) => PyObject)(self, other);
  if (self.type.nbPower === slotNbPower) return callRequired(self, '__pow__', [other, modulus]);
  return newNotImplemented();
}

/**
 * The ternary power slot that goes with a class's binary one: {@link slotNbPower} for the
 * dispatcher, the built-in type's own for its inherited wrapper, none without `__pow__`.
 */
function applyTernaryPower(t: PyType, binary: unknown): void {
  if (binary === undefined) t.nbPower = undefined;
  else if (binary === binaryDispatchers.get('power')) t.nbPower = slotNbPower;
  else t.nbPower = t.mro.find((b) => !b.isHeapType && b.nb.power === binary)?.nbPower;
}

/** `slot_tp_hash`. */
function slotHash(self: PyObject): bigint {
  const descr = lookupType(self.type, '__hash__');
  if (descr === null || descr === None) throw typeError(`unhashable type: '${tpName(self.type)}'`);
  const res = callRequired(self, '__hash__', []);
  try {
    if (!(res instanceof PyInt)) throw typeError('__hash__ method should return an integer');
    // A value that fits a Py_ssize_t is the hash itself (-1 becomes -2); a bigger one is hashed.
    const v = res.big;
    if (v >= -(2n ** 63n) && v < 2n ** 63n) return v === -1n ? -2n : v;
    return intValueHash(res.value);
  } finally {
    decref(res);
  }
}

/**
 * `slot_tp_getattr_hook`: `__getattribute__`, then `__getattr__` on AttributeError. Both are
 * looked up before either runs and `__getattr__` is held meanwhile, so a `__getattribute__` that
 * deletes the class's `__getattr__` still falls back to the one it had.
 */
function slotGetattrHook(self: PyObject, name: PyStr): PyObject | null {
  const getattr = lookupType(self.type, '__getattr__');
  if (getattr === null) return slotGetattribute(self, name);
  incref(getattr);
  try {
    const getattribute = lookupType(self.type, '__getattribute__');
    let res: PyObject | null;
    try {
      if (getattribute === null || (getattribute instanceof PyWrapperDescr && getattribute.slot === genericGetAttr)) {
        res = genericGetAttr(self, name);
        if (res === null) throw attributeError(`'${tpName(self.type)}' object has no attribute '${name.value}'`);
      } else {
        incref(getattribute);
        try {
          res = callAttribute(self, getattribute, [name]);
        } finally {
          decref(getattribute);
        }
      }
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.AttributeError)) throw e;
      clearRaise(e);
      res = null;
    }
    return res ?? callAttribute(self, getattr, [name]);
  } finally {
    decref(getattr);
  }
}

/** `slot_tp_getattro`: `__getattribute__` alone, when the class has no `__getattr__`. */
function slotGetattribute(self: PyObject, name: PyStr): PyObject | null {
  const getattribute = lookupType(self.type, '__getattribute__');
  // `object.__getattribute__` itself: the generic lookup, its miss reported by the caller.
  if (getattribute instanceof PyWrapperDescr && getattribute.slot === genericGetAttr) return genericGetAttr(self, name);
  return callRequired(self, '__getattribute__', [name]);
}

/** `slot_nb_bool`: `__bool__`, else `__len__`, else true. */
function slotBool(self: PyObject): boolean {
  const b = callSpecial(self, '__bool__', []);
  if (b !== null) {
    try {
      if (b.type.name !== 'bool') throw typeError(`__bool__ should return bool, returned ${tpName(b.type)}`);
      return isTrue(b);
    } finally {
      decref(b);
    }
  }
  const n = callSpecial(self, '__len__', []);
  if (n === null) return true;
  try {
    return lengthOf(n) !== 0;
  } finally {
    decref(n);
  }
}

/**
 * The length a `__len__` returned (borrowed), checked as `slot_sq_length` does: `PyNumber_Index`,
 * a negative value refused before a too large one.
 */
function lengthOf(res: PyObject): number {
  const n = index(res);
  try {
    const v = (n as PyInt).value;
    if (v < 0) throw raiseMessage(E.ValueError, '__len__() should return >= 0');
    // PyNumber_AsSsize_t(res): the message names the index's own type (an int subclass __len__ gave).
    if (typeof v === 'bigint' && v >= 2n ** 63n) throw raiseMessage(E.OverflowError, `cannot fit '${tpName(n.type)}' into an index-sized integer`);
    return typeof v === 'bigint' ? bigLength(v) : v;
  } finally {
    decref(n);
  }
}

/**
 * `slot_tp_finalize`: `__del__` looked up as `lookup_maybe_method` does, then called; an error of
 * the call is reported as unraisable, naming what the lookup gave (the function, or the result
 * of a non-method descriptor's `__get__`). An error of the lookup itself (a property whose getter
 * raises) is dropped unreported: CPython restores the saved exception over it.
 */
function slotFinalize(self: PyObject): void {
  const descr = lookupType(self.type, '__del__');
  if (descr === null) return;
  const unbound = (descr.type.flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0;
  const get = descr.type.descrGet;
  let del: PyObject;
  try {
    del = unbound || get === undefined ? incref(descr) : get(descr, self, self.type);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return;
  }
  try {
    decref(callObject(del, unbound ? [self] : []));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeUnraisable(e, del);
  } finally {
    decref(del);
  }
}

/** A slot and the dunders that feed it. */
interface SlotGroup {
  readonly names: readonly string[];
  readonly apply: (type: PyType, fn: unknown) => void;
  readonly dispatcher: unknown;
}

const unarySlot = (name: string, field: 'repr' | 'str' | 'iter' | 'nbIndex' | 'nbInt' | 'nbFloat' | 'nbNegative' | 'nbPositive' | 'nbInvert' | 'nbAbsolute' | 'amAwait' | 'amAiter' | 'amAnext'): SlotGroup => ({
  names: [name],
  apply: (t, fn) => {
    t[field] = fn as PyType['repr'];
  },
  dispatcher: (self: PyObject) => callRequired(self, name, []),
});

/** `slot_tp_new`: a class's `__new__` written in Python, called with the class first. */
export function slotTpNew(type: PyType, args: readonly PyObject[], kw: readonly string[] | null): PyObject {
  const func = lookupType(type, '__new__');
  if (func === null) throw attributeError('__new__');
  const get = func.type.descrGet;
  const callable = get === undefined ? incref(func) : get(func, null, type);
  try {
    const all = [type, ...args];
    if (kw === null || kw.length === 0) return callObject(callable, all, kw);
    return withUnpackedKeywords(all, kw, () => callObject(callable, all, kw));
  } finally {
    decref(callable);
  }
}

/** `slot_tp_setattro`: the `tp_setattro` of a class that defines `__setattr__` or `__delattr__`. */
export function slotTpSetattro(self: PyObject, name: PyObject, value: PyObject | null): void {
  decref(value === null ? callRequired(self, '__delattr__', [name]) : callRequired(self, '__setattr__', [name, value]));
}

const SLOT_GROUPS: readonly SlotGroup[] = [
  { names: ['__repr__'], apply: (t, fn) => { t.repr = fn as PyType['repr']; }, dispatcher: slotRepr },
  unarySlot('__str__', 'str'),
  { names: ['__hash__'], apply: (t, fn) => { t.hash = fn as PyType['hash']; }, dispatcher: slotHash },
  { names: ['__call__'], apply: (t, fn) => { t.call = fn as PyType['call']; }, dispatcher: slotTpCall },
  { names: ['__getattribute__', '__getattr__'], apply: (t, fn) => { t.getattro = fn as PyType['getattro']; }, dispatcher: slotGetattrHook },
  { names: ['__setattr__', '__delattr__'], apply: (t, fn) => { t.setattro = fn as PyType['setattro']; }, dispatcher: slotTpSetattro },
  {
    names: RICH_NAMES,
    apply: (t, fn) => { t.richcompare = fn as PyType['richcompare']; },
    // `slot_tp_richcompare`: a dunder that cannot be looked up means NotImplemented.
    dispatcher: (self: PyObject, other: PyObject, op: number) => callSpecialOrAbsent(self, RICH_NAMES[op] as string, [other]) ?? newNotImplemented(),
  },
  {
    names: ['__iter__'],
    apply: (t, fn) => { t.iter = fn as PyType['iter']; },
    // `slot_tp_iter`: `__iter__ = None` declares the class not iterable.
    dispatcher: (self: PyObject) => {
      if (lookupType(self.type, '__iter__') === None) throw typeError(`'${tpName(self.type)}' object is not iterable`);
      return callRequired(self, '__iter__', []);
    },
  },
  {
    names: ['__next__'],
    apply: (t, fn) => { t.iternext = fn as PyType['iternext']; },
    dispatcher: pythonNextSlot,
  },
  {
    names: ['__get__'],
    apply: (t, fn) => { t.descrGet = fn as PyType['descrGet']; },
    dispatcher: (self: PyObject, obj: PyObject | null, type: PyType) => callRequired(self, '__get__', [obj ?? None, type]),
  },
  {
    names: ['__set__', '__delete__'],
    apply: (t, fn) => { t.descrSet = fn as PyType['descrSet']; },
    dispatcher: (self: PyObject, obj: PyObject, value: PyObject | null) => {
      decref(value === null ? callRequired(self, '__delete__', [obj]) : callRequired(self, '__set__', [obj, value]));
    },
  },
  {
    names: ['__init__'],
    apply: (t, fn) => { t.init = fn as PyType['init']; },
    dispatcher: (self: PyObject, args: readonly PyObject[], kw: readonly string[] | null) => {
      const res = kw === null || kw.length === 0
        ? callSpecialKw(self, '__init__', args, kw)
        : withUnpackedKeywords([self, ...args], kw, () => callSpecialKw(self, '__init__', args, kw));
      if (res !== None) {
        decref(res);
        throw typeError(`__init__() should return None, not '${tpName(res.type)}'`);
      }
      decref(res);
    },
  },
  { names: ['__new__'], apply: (t, fn) => { t.new = fn as PyType['new']; }, dispatcher: slotTpNew },
  { names: ['__del__'], apply: (t, fn) => { t.finalize = fn as PyType['finalize']; }, dispatcher: slotFinalize },
  unarySlot('__await__', 'amAwait'),
  unarySlot('__aiter__', 'amAiter'),
  unarySlot('__anext__', 'amAnext'),
  ...(Object.keys(BINARY_NAMES) as BinaryOpName[]).map((op): SlotGroup => ({
    names: BINARY_NAMES[op],
    apply: (t, fn) => {
      t.nb[op] = fn as (a: PyObject, b: PyObject) => PyObject;
      if (op === 'power') applyTernaryPower(t, fn);
    },
    dispatcher: binaryDispatchers.get(op),
  })),
  ...(Object.keys(BINARY_NAMES) as BinaryOpName[]).filter((op) => op !== 'divmod').map((op): SlotGroup => {
    const iname = `__i${(BINARY_NAMES[op][0]).slice(2)}`;
    return {
      names: [iname],
      apply: (t, fn) => { t.nbInplace[op] = fn as (a: PyObject, b: PyObject) => PyObject; },
      dispatcher: (self: PyObject, other: PyObject) => callMaybe(self, iname, [other]),
    };
  }),
  unarySlot('__neg__', 'nbNegative'),
  unarySlot('__pos__', 'nbPositive'),
  unarySlot('__abs__', 'nbAbsolute'),
  unarySlot('__invert__', 'nbInvert'),
  unarySlot('__int__', 'nbInt'),
  unarySlot('__float__', 'nbFloat'),
  unarySlot('__index__', 'nbIndex'),
  { names: ['__bool__', '__len__'], apply: (t, fn) => { t.nbBool = fn as PyType['nbBool']; }, dispatcher: slotBool },
  {
    names: ['__len__'],
    apply: (t, fn) => { t.length = fn as PyType['length']; },
    dispatcher: (self: PyObject) => {
      const res = callRequired(self, '__len__', []);
      try {
        return lengthOf(res);
      } finally {
        decref(res);
      }
    },
  },
  { names: ['__getitem__'], apply: (t, fn) => { t.getitem = fn as PyType['getitem']; }, dispatcher: (self: PyObject, key: PyObject) => callRequired(self, '__getitem__', [key]) },
  {
    names: ['__setitem__', '__delitem__'],
    apply: (t, fn) => { t.setitem = fn as PyType['setitem']; },
    dispatcher: (self: PyObject, key: PyObject, value: PyObject | null) => {
      decref(value === null ? callRequired(self, '__delitem__', [key]) : callRequired(self, '__setitem__', [key, value]));
    },
  },
  {
    names: ['__contains__'],
    apply: (t, fn) => { t.contains = fn as PyType['contains']; },
    // `slot_sq_contains`: `__contains__ = None` blocks the fallback to iteration.
    dispatcher: (self: PyObject, item: PyObject) => {
      if (lookupType(self.type, '__contains__') === None) throw typeError(`'${tpName(self.type)}' object is not a container`);
      const res = callRequired(self, '__contains__', [item]);
      try {
        return isTrue(res);
      } finally {
        decref(res);
      }
    },
  },
];

/**
 * `slot_tp_call`: a class with `__call__` has no vectorcall, so its instances are called with the
 * arguments packed (`_PyObject_MakeTpCall`), and `_PyObject_Call_Prepend` unpacks them again,
 * `self` first, when there are keywords.
 */
function slotTpCall(self: PyObject, args: readonly PyObject[], kw: readonly string[] | null): PyObject {
  const packed = holdCallArguments(args, kw);
  try {
    if (kw === null || kw.length === 0) return callSpecialKw(self, '__call__', args, kw);
    return withUnpackedKeywords([self, ...args], kw, () => callSpecialKw(self, '__call__', args, kw));
  } finally {
    releaseCallArguments(packed);
  }
}

/** `__call__`/`__init__` with keywords. */
function callSpecialKw(self: PyObject, name: string, args: readonly PyObject[], kw: readonly string[] | null): PyObject {
  const descr = lookupType(self.type, name);
  if (descr === null) throw attributeError(name);
  if ((descr.type.flags & TPFLAGS_METHOD_DESCRIPTOR) !== 0) return callObject(descr, [self, ...args], kw);
  const get = descr.type.descrGet;
  const bound = get === undefined ? incref(descr) : get(descr, self, self.type);
  try {
    return callObject(bound, args, kw);
  } finally {
    decref(bound);
  }
}

/**
 * The slot function a built-in wrapper stands for (`update_one_slot`'s `specific`), if every found
 * dunder is a wrapper of that same dunder (`object.__str__` found as `__repr__` does not count), of
 * a type `type` derives from, wrapping the same slot; else undefined (the generic dispatcher).
 */
function sharedWrappedSlot(type: PyType, names: readonly string[], found: readonly (PyObject | null)[]): unknown {
  let slot: unknown;
  for (let i = 0; i < found.length; i++) {
    const entry = found[i] as PyObject | null;
    if (entry === null) continue;
    const d = wrappedSlotOf(entry);
    if (d === null || d.def.sequence === true || d.def.name !== names[i] || !type.isSubtype(d.owner)) return undefined;
    if (slot === undefined) slot = d.slot;
    else if (slot !== d.slot) return undefined;
  }
  return slot;
}

/** Whether `d` is the wrapper of a sequence slot (`SQSLOT`). */
function isSequenceWrapper(d: PyObject): boolean {
  return wrappedSlotOf(d)?.def.sequence === true;
}

/** The `__new__` builtins of static types (`tp_new_wrapper`), by the type whose `tp_new` they call. */
export const tpNewWrappers = new WeakMap<PyObject, PyType>();

/** `fixup_slot_dispatchers`: fills every slot of a class from the dunders its MRO defines. */
export function fixupSlotDispatchers(type: PyType): void {
  for (const group of SLOT_GROUPS) {
    const found = group.names.map((n) => lookupType(type, n));
    if (found.every((d) => d === null)) {
      group.apply(type, undefined);
      continue;
    }
    if (group.names[0] === '__bool__' && found[0] === null && found[1] !== null && found[1] !== undefined && wrappedSlotOf(found[1]) !== null) {
      // A built-in __len__ alone: truth falls back to the length slot.
      group.apply(type, undefined);
      continue;
    }
    if (group.names[0] === '__hash__' && found[0] === None) {
      group.apply(type, undefined);
      continue;
    }
    if (group.names[0] === '__new__' && found[0] !== null && found[0] !== undefined) {
      const owner = tpNewWrappers.get(found[0]);
      if (owner !== undefined) {
        // A static type's own __new__ (`object.__new__` stored in a class): the class keeps the
        // tp_new it has, inherited or earlier (`update_one_slot`'s tp_new_wrapper case).
        group.apply(type, type.new ?? owner.new);
        continue;
      }
    }
    if (found.every((d) => d === null || isSequenceWrapper(d))) {
      // Only a sequence slot's wrapper (`bytearray.__add__` is `sq_concat`'s): `resolve_slotdups`
      // finds that slot, so the number slot gets no generic function and stays empty, but for
      // `__iadd__`, whose wrapper is `sq_inplace_concat`'s too: the sequence's function itself.
      group.apply(type, group.names[0] === '__iadd__' ? wrappedSlotOf(found[0] as PyObject)?.slot : undefined);
      continue;
    }
    const wrapped = sharedWrappedSlot(type, group.names, found);
    group.apply(type, wrapped ?? group.dispatcher);
  }
  // A class whose MRO defines no __getattribute__ override keeps the generic lookup.
  if (type.getattro === undefined) type.getattro = genericGetAttr;
  if (type.setattro === undefined) type.setattro = genericSetAttr;
  if (type.hash === undefined && lookupType(type, '__hash__') === null) type.hash = identityHash;
}
