/**
 * The table that ties dunder methods to type slots (`slotdefs`): each entry says how to call a
 * built-in type's slot as a method (the `wrapper_descriptor` CPython puts in the type's dict, such
 * as `int.__add__`) and how a class that defines the dunder fills the slot (`slot_tp_*`).
 * Mirrors CPython 3.8 Objects/typeobject.c `slotdefs`, `wrap_*` and `slot_*`.
 * @module
 */
import { newBool } from '../objects/int.ts';
import { None } from '../objects/singletons.ts';
import { PyStr } from '../objects/str.ts';
import { typeError, type PyRaise } from './errors.ts';
import { slotTpSetattro } from './slot-dispatch.ts';
import { incref, type BinaryOpName, type PyObject, type PyType } from './object.ts';
import { tpName } from './type-name.ts';
import { asSsize, ownSequenceSlots } from './abstract-number.ts';
import { isSqConcatSlot, isSqRepeatSlot } from '../objects/sequence-slots.ts';
import * as E from '../objects/exceptions.ts';
import { checkPositional } from './clinic-args.ts';

/** How a slot is called through its wrapper: the args after self, as given to the method. */
export type WrapperCall = (slot: unknown, self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null) => PyObject;

/** One `slotdef`. */
export interface SlotDef {
  /** The dunder, e.g. `__add__`. */
  readonly name: string;
  /** Reads the slot's function from a type (undefined when empty). */
  readonly read: (type: PyType) => unknown;
  /** Calls the slot with the wrapper's arguments. */
  readonly wrap: WrapperCall;
  /** Arguments the wrapper takes after self (-1: any). */
  readonly arity: number;
  /**
   * Whether the wrapper takes keyword arguments (`PyWrapperFlag_KEYWORDS`: `__init__` and
   * `__call__`); the last `kwnames.length` arguments are their values.
   */
  readonly keywords?: true;
  /**
   * A sequence slot (`SQSLOT`: `sq_concat`, `sq_repeat` and their in-place forms): a class
   * inheriting the wrapper gets the generic number slot for the dunder, not this function
   * (`update_one_slot` reuses a wrapped function only for a slotdef with the same wrapper).
   */
  readonly sequence?: true;
  readonly doc: string;
}

/** `check_num_args`: exactly `n` arguments, "expected 1 argument, got 0". */
function expectArgs(_name: string, args: readonly PyObject[], n: number): void {
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/**
 * `PyArg_UnpackTuple(args, "", min, max)`, as the setattr, setitem and descriptor get/set
 * wrappers check their arguments: the message starts with the empty function name, hence a
 * leading space (" expected 2 arguments, got 1").
 */
function unpackArgs(args: readonly PyObject[], min: number, max: number): void {
  checkPositional('', args.length, min, max);
}

/**
 * The "Carlo Verre hack" check of `object.__setattr__(int, 'x', 1)`: a `__setattr__` or
 * `__delattr__` wrapper may only run on an object whose C-level `tp_setattro` it is, skipping
 * Python classes; jumping over a built-in override (such as `type`'s) is refused.
 *
 * @see CPython 3.8 Objects/typeobject.c `hackcheck`
 */
function hackcheck(self: PyObject, func: unknown, what: string): void {
  const type = self.type;
  const mro = type.mro;
  // The (base) type that defined the type's slot function; Python classes never define one.
  let defining: PyType = type;
  for (let i = mro.length - 1; i >= 0; i--) {
    const base = mro[i] as PyType;
    if (base.setattro !== slotTpSetattro && base.setattro === type.setattro) {
      defining = base;
      break;
    }
  }
  for (let base: PyType | null = defining; base !== null; base = base.base) {
    if (base.setattro === func) return;
    if (base.setattro !== slotTpSetattro) throw typeError(`can't apply this ${what} to ${tpName(type)} object`);
  }
}

type Unary = (o: PyObject) => PyObject;
type Binary = (a: PyObject, b: PyObject) => PyObject;

const unary = (name: string, read: (t: PyType) => unknown, doc: string): SlotDef => ({
  name,
  read,
  arity: 0,
  doc,
  wrap: (slot, self, args) => {
    expectArgs(name, args, 0);
    return (slot as Unary)(self);
  },
});

/**
 * `wrap_binaryfunc`: one argument, handed to the binary slot. A slot standing for a sequence's
 * repetition (`sq_repeat`, `sq_inplace_repeat`) is wrapped by `wrap_indexargfunc` instead: the
 * count must be an index ("'str' object cannot be interpreted as an integer").
 */
const wrapBinary = (name: string): SlotDef['wrap'] => (slot, self, args) => {
  if (isSqRepeatSlot(slot as Binary)) checkIndexArg(args);
  else expectArgs(name, args, 1);
  return (slot as Binary)(self, args[0] as PyObject);
};

/** `wrap_indexargfunc`'s checks: one argument (`PyArg_UnpackTuple`), an index-sized integer. */
function checkIndexArg(args: readonly PyObject[]): void {
  unpackArgs(args, 1, 1);
  asSsize(args[0] as PyObject, E.OverflowError);
}

/** Whether `slot` is a number slot standing for a sequence slot (sequence-slots.ts). */
const standsForSequenceSlot = (slot: unknown): boolean =>
  slot !== undefined && (isSqConcatSlot(slot as Binary) || isSqRepeatSlot(slot as Binary));

/** A number slot, unless it stands for a sequence slot (whose wrapper sits at the `SQSLOT`'s place). */
const numberSlot = (slot: unknown): unknown => (standsForSequenceSlot(slot) ? undefined : slot);

const binaryL = (name: string, op: BinaryOpName, doc: string): SlotDef => ({
  name,
  read: (t) => numberSlot(t.nb[op]),
  arity: 1,
  doc,
  wrap: wrapBinary(name),
});

const binaryR = (name: string, op: BinaryOpName, doc: string): SlotDef => ({
  name,
  // A sequence's `+` is `sq_concat`, which has no reflected wrapper: `list.__radd__` does not exist.
  read: (t) => (op === 'add' && t.addIsConcat ? undefined : numberSlot(t.nb[op])),
  arity: 1,
  doc,
  wrap: (slot, self, args) => {
    if (isSqRepeatSlot(slot as Binary)) checkIndexArg(args);
    else expectArgs(name, args, 1);
    return (slot as Binary)(args[0] as PyObject, self);
  },
});

const inplace = (name: string, op: BinaryOpName, doc: string): SlotDef => ({
  name,
  read: (t) => numberSlot(t.nbInplace[op]),
  arity: 1,
  doc,
  wrap: wrapBinary(name),
});

/**
 * The `SQSLOT` wrappers of a type registered with `setSequenceSlots`: `sq_concat` and
 * `sq_inplace_concat` through `wrap_binaryfunc`, `sq_repeat` (`__mul__` and `__rmul__` alike)
 * and `sq_inplace_repeat` through `wrap_indexargfunc` (the count by `PyNumber_AsSsize_t(arg,
 * OverflowError)`). A name an earlier slotdef already gave keeps that wrapper.
 */
const sqBinary = (name: string, which: 'concat' | 'inplaceConcat', doc: string): SlotDef => ({
  name,
  read: (t) => ownSequenceSlots(t)?.[which],
  arity: 1,
  sequence: true,
  doc,
  wrap: wrapBinary(name),
});

/**
 * The wrapper of a number slot standing for a sequence slot (a built-in sequence's `nb.add` for
 * `sq_concat`, sequence-slots.ts), in the `SQSLOT`'s place of `slotdefs` so that `vars(list)`
 * lists it where CPython does (after `__delitem__`). It stays a number wrapper (no `sequence`
 * flag): a subclass inheriting it keeps the very slot function.
 */
const standIn = (name: string, read: (t: PyType) => unknown, doc: string, reflected = false): SlotDef => ({
  name,
  read: (t) => {
    const slot = read(t);
    return standsForSequenceSlot(slot) ? slot : undefined;
  },
  arity: 1,
  doc,
  wrap: (slot, self, args) => {
    if (isSqRepeatSlot(slot as Binary)) checkIndexArg(args);
    else expectArgs(name, args, 1);
    return reflected ? (slot as Binary)(args[0] as PyObject, self) : (slot as Binary)(self, args[0] as PyObject);
  },
});

const sqIndexArg = (name: string, which: 'repeat' | 'inplaceRepeat', doc: string): SlotDef => ({
  name,
  read: (t) => ownSequenceSlots(t)?.[which],
  arity: 1,
  sequence: true,
  doc,
  wrap: (slot, self, args) => {
    // `PyArg_UnpackTuple(args, "", 1, 1, &o)`: the message starts with the empty name.
    unpackArgs(args, 1, 1);
    return (slot as (seq: PyObject, n: number) => PyObject)(self, asSsize(args[0] as PyObject, E.OverflowError));
  },
});

/**
 * `wrap_ternaryfunc` / `wrap_ternaryfunc_r` for `__pow__` / `__rpow__`: one or two arguments
 * (`PyArg_UnpackTuple(args, "", 1, 2)`, whose messages start with the empty name); a modulus goes to the built-in type's ternary
 * `nb_power`, found along the instance's MRO next to the binary slot the wrapper holds.
 */
const powerWrapper = (reflected: boolean): SlotDef => ({
  name: reflected ? '__rpow__' : '__pow__',
  read: (t) => t.nb.power,
  arity: -1,
  doc: reflected ? 'Return pow(value, self, mod).' : 'Return pow(self, value, mod).',
  wrap: (slot, self, args) => {
    unpackArgs(args, 1, 2);
    const other = args[0] as PyObject;
    const [a, b] = reflected ? [other, self] : [self, other];
    const mod = args[1] ?? None;
    if (mod === None) return (slot as Binary)(a, b);
    const ternary = self.type.mro.find((t) => !t.isHeapType && t.nb.power === slot)?.nbPower;
    if (ternary === undefined) return (slot as Binary)(a, b);
    return ternary(a, b, mod);
  },
});

const richcmp = (name: string, op: number, doc: string): SlotDef => ({
  name,
  read: (t) => t.richcompare,
  arity: 1,
  doc,
  wrap: (slot, self, args) => {
    expectArgs(name, args, 1);
    return (slot as (a: PyObject, b: PyObject, op: number) => PyObject)(self, args[0] as PyObject, op);
  },
});

const BINARY_OPS: readonly (readonly [string, BinaryOpName, string])[] = [
  ['add', 'add', '+'], ['sub', 'subtract', '-'], ['mul', 'multiply', '*'], ['mod', 'remainder', '%'],
  ['divmod', 'divmod', 'divmod'], ['pow', 'power', '**'], ['lshift', 'lshift', '<<'], ['rshift', 'rshift', '>>'],
  ['and', 'and', '&'], ['xor', 'xor', '^'], ['or', 'or', '|'], ['floordiv', 'floor_divide', '//'],
  ['truediv', 'true_divide', '/'], ['matmul', 'matrix_multiply', '@'],
];

/** The operator `short` names (`add`, `lshift`, ...) in {@link BINARY_OPS}. */
function binaryOpNamed(short: string): readonly [string, BinaryOpName, string] {
  const found = BINARY_OPS.find(([name]) => name === short);
  if (found === undefined) throw new Error(`no binary operator ${short}`);
  return found;
}

/** The `BINSLOT` / `RBINSLOT` pairs of the operators named (space-separated), in that order. */
function binaryPairs(shorts: string): SlotDef[] {
  return shorts.split(' ').flatMap((short) => {
    const [, op, sym] = binaryOpNamed(short);
    if (op === 'power') return [powerWrapper(false), powerWrapper(true)];
    // `BINSLOTNOTINFIX`: divmod is a function, not an infix operator.
    if (op === 'divmod') return [binaryL('__divmod__', op, 'Return divmod(self, value).'), binaryR('__rdivmod__', op, 'Return divmod(value, self).')];
    return [binaryL(`__${short}__`, op, `Return self${sym}value.`), binaryR(`__r${short}__`, op, `Return value${sym}self.`)];
  });
}

/** The `IBSLOT`s of the operators named (space-separated), in that order. */
function inplaceSlots(shorts: string): SlotDef[] {
  return shorts.split(' ').map((short) => {
    const [, op, sym] = binaryOpNamed(short);
    return inplace(`__i${short}__`, op, `Return self${sym}=value.`);
  });
}

/**
 * Types whose length and item slots are only `tp_as_sequence`'s (no `tp_as_mapping`, as
 * `collections.deque`): their `__len__`, `__getitem__`, `__setitem__` and `__delitem__` wrappers
 * sit at the `SQSLOT`s' places of `slotdefs`, around `__add__` and `__mul__`.
 */
const sequenceItemTypes = new WeakSet<PyType>();

/**
 * Marks `type` as one whose length and item slots are sequence slots only, for the order of
 * its wrappers in `vars(type)`.
 *
 * @param type - a built-in type without mapping slots (`sq_length`, `sq_item`, `sq_ass_item`).
 */
export function markSequenceItemSlots(type: PyType): void {
  sequenceItemTypes.add(type);
}

const LEN: SlotDef = {
  name: '__len__', read: (t) => t.length, arity: 0, doc: 'Return len(self).',
  wrap: (slot, self, args) => { expectArgs('__len__', args, 0); return lengthToInt((slot as (o: PyObject) => number)(self)); },
};
const GETITEM: SlotDef = {
  name: '__getitem__', read: (t) => t.getitem, arity: 1, doc: 'Return self[key].',
  wrap: (slot, self, args) => { expectArgs('__getitem__', args, 1); return (slot as Binary)(self, args[0] as PyObject); },
};
const SETITEM: SlotDef = {
  name: '__setitem__', read: (t) => t.setitem, arity: 2, doc: 'Set self[key] to value.',
  wrap: (slot, self, args) => {
    unpackArgs(args, 2, 2);
    (slot as (s: PyObject, k: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, args[1] as PyObject);
    return incref(None);
  },
};
const DELITEM: SlotDef = {
  name: '__delitem__', read: (t) => t.setitem, arity: 1, doc: 'Delete self[key].',
  wrap: (slot, self, args) => {
    expectArgs('__delitem__', args, 1);
    (slot as (s: PyObject, k: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, null);
    return incref(None);
  },
};

/** `def` at its `MPSLOT` place: for every type but those of {@link markSequenceItemSlots}. */
const mappingPlace = (def: SlotDef): SlotDef => ({ ...def, read: (t) => (sequenceItemTypes.has(t) ? undefined : def.read(t)) });

/** `def` at its `SQSLOT` place: for the types of {@link markSequenceItemSlots} only. */
const sequencePlace = (def: SlotDef): SlotDef => ({ ...def, read: (t) => (sequenceItemTypes.has(t) ? def.read(t) : undefined) });

/** Every slotdef, in CPython's order. */
export const SLOT_DEFS: readonly SlotDef[] = [
  unary('__repr__', (t) => t.repr, 'Return repr(self).'),
  {
    name: '__hash__', read: (t) => t.hash, arity: 0, doc: 'Return hash(self).',
    wrap: (slot, self, args) => {
      expectArgs('__hash__', args, 0);
      return hashToInt((slot as (o: PyObject) => bigint)(self));
    },
  },
  {
    name: '__call__', read: (t) => t.call, arity: -1, keywords: true, doc: 'Call self as a function.',
    wrap: (slot, self, args, kwnames) => (slot as (s: PyObject, a: readonly PyObject[], k: readonly string[] | null) => PyObject)(self, args, kwnames),
  },
  unary('__str__', (t) => t.str, 'Return str(self).'),
  {
    name: '__getattribute__', read: (t) => t.getattro, arity: 1, doc: 'Return getattr(self, name).',
    wrap: (slot, self, args) => {
      expectArgs('__getattribute__', args, 1);
      const name = args[0] as PyObject;
      if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${tpName(name.type)}'`);
      const v = (slot as (s: PyObject, n: PyStr) => PyObject | null)(self, name);
      if (v === null) return missing(self, name.value);
      return v;
    },
  },
  {
    name: '__setattr__', read: (t) => t.setattro, arity: 2, doc: 'Implement setattr(self, name, value).',
    wrap: (slot, self, args) => {
      unpackArgs(args, 2, 2);
      hackcheck(self, slot, '__setattr__');
      (slot as (s: PyObject, n: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, args[1] as PyObject);
      return incref(None);
    },
  },
  {
    name: '__delattr__', read: (t) => t.setattro, arity: 1, doc: 'Implement delattr(self, name).',
    wrap: (slot, self, args) => {
      expectArgs('__delattr__', args, 1);
      hackcheck(self, slot, '__delattr__');
      (slot as (s: PyObject, n: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, null);
      return incref(None);
    },
  },
  richcmp('__lt__', 0, 'Return self<value.'),
  richcmp('__le__', 1, 'Return self<=value.'),
  richcmp('__eq__', 2, 'Return self==value.'),
  richcmp('__ne__', 3, 'Return self!=value.'),
  richcmp('__gt__', 4, 'Return self>value.'),
  richcmp('__ge__', 5, 'Return self>=value.'),
  unary('__iter__', (t) => t.iter, 'Implement iter(self).'),
  {
    name: '__next__', read: (t) => t.iternext, arity: 0, doc: 'Implement next(self).',
    wrap: (slot, self, args) => {
      expectArgs('__next__', args, 0);
      const v = (slot as (o: PyObject) => PyObject | null)(self);
      if (v === null) throw stopIteration();
      return v;
    },
  },
  {
    name: '__get__', read: (t) => t.descrGet, arity: -1, doc: 'Return an attribute of instance, which is of type owner.',
    wrap: (slot, self, args) => {
      unpackArgs(args, 1, 2);
      const obj = args[0] === None ? null : (args[0] as PyObject);
      const type = (args[1] === None ? null : args[1]) ?? obj?.type ?? null;
      if (type === null) throw typeError('__get__(None, None) is invalid');
      return (slot as (s: PyObject, o: PyObject | null, t: PyObject) => PyObject)(self, obj, type);
    },
  },
  {
    name: '__set__', read: (t) => t.descrSet, arity: 2, doc: 'Set an attribute of instance to value.',
    wrap: (slot, self, args) => {
      unpackArgs(args, 2, 2);
      (slot as (s: PyObject, o: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, args[1] as PyObject);
      return incref(None);
    },
  },
  {
    name: '__delete__', read: (t) => t.descrSet, arity: 1, doc: 'Delete an attribute of instance.',
    wrap: (slot, self, args) => {
      expectArgs('__delete__', args, 1);
      (slot as (s: PyObject, o: PyObject, v: PyObject | null) => void)(self, args[0] as PyObject, null);
      return incref(None);
    },
  },
  {
    name: '__init__', read: (t) => t.init, arity: -1, keywords: true, doc: 'Initialize self.  See help(type(self)) for accurate signature.',
    wrap: (slot, self, args, kwnames) => {
      (slot as (s: PyObject, a: readonly PyObject[], k: readonly string[] | null) => void)(self, args, kwnames);
      return incref(None);
    },
  },
  {
    name: '__del__', read: (t) => t.finalize, arity: 0, doc: '',
    wrap: (slot, self, args) => {
      expectArgs('__del__', args, 0);
      (slot as (o: PyObject) => void)(self);
      return incref(None);
    },
  },
  {
    name: '__await__', read: (t) => t.amAwait, arity: 0, doc: 'Return an iterator to be used in await expression.',
    wrap: (slot, self, args) => { expectArgs('__await__', args, 0); return (slot as Unary)(self); },
  },
  {
    name: '__aiter__', read: (t) => t.amAiter, arity: 0, doc: 'Return an awaitable, that resolves in asynchronous iterator.',
    wrap: (slot, self, args) => { expectArgs('__aiter__', args, 0); return (slot as Unary)(self); },
  },
  {
    name: '__anext__', read: (t) => t.amAnext, arity: 0, doc: 'Return a value or raise StopAsyncIteration.',
    wrap: (slot, self, args) => { expectArgs('__anext__', args, 0); return (slot as Unary)(self); },
  },
  ...binaryPairs('add sub mul mod divmod pow'),
  unary('__neg__', (t) => t.nbNegative, '-self'),
  unary('__pos__', (t) => t.nbPositive, '+self'),
  unary('__abs__', (t) => t.nbAbsolute, 'abs(self)'),
  {
    name: '__bool__', read: (t) => t.nbBool, arity: 0, doc: 'self != 0',
    wrap: (slot, self, args) => { expectArgs('__bool__', args, 0); return newBool((slot as (o: PyObject) => boolean)(self)); },
  },
  unary('__invert__', (t) => t.nbInvert, '~self'),
  ...binaryPairs('lshift rshift and xor or'),
  unary('__int__', (t) => t.nbInt, 'int(self)'),
  unary('__float__', (t) => t.nbFloat, 'float(self)'),
  ...inplaceSlots('add sub mul mod pow lshift rshift and xor or'),
  ...binaryPairs('floordiv truediv'),
  ...inplaceSlots('floordiv truediv'),
  unary('__index__', (t) => t.nbIndex, 'Return self converted to an integer, if self is suitable for use as an index into a list.'),
  ...binaryPairs('matmul'),
  ...inplaceSlots('matmul'),
  mappingPlace(LEN),
  mappingPlace(GETITEM),
  mappingPlace(SETITEM),
  mappingPlace(DELITEM),
  sequencePlace(LEN),
  sqBinary('__add__', 'concat', 'Return self+value.'),
  standIn('__add__', (t) => t.nb.add, 'Return self+value.'),
  sqIndexArg('__mul__', 'repeat', 'Return self*value.'),
  standIn('__mul__', (t) => t.nb.multiply, 'Return self*value.'),
  sqIndexArg('__rmul__', 'repeat', 'Return value*self.'),
  standIn('__rmul__', (t) => t.nb.multiply, 'Return value*self.', true),
  sequencePlace(GETITEM),
  sequencePlace(SETITEM),
  sequencePlace(DELITEM),
  {
    name: '__contains__', read: (t) => t.contains, arity: 1, doc: 'Return key in self.',
    wrap: (slot, self, args) => { expectArgs('__contains__', args, 1); return newBool((slot as (o: PyObject, k: PyObject) => boolean)(self, args[0] as PyObject)); },
  },
  sqBinary('__iadd__', 'inplaceConcat', 'Implement self+=value.'),
  standIn('__iadd__', (t) => t.nbInplace.add, 'Implement self+=value.'),
  sqIndexArg('__imul__', 'inplaceRepeat', 'Implement self*=value.'),
  standIn('__imul__', (t) => t.nbInplace.multiply, 'Implement self*=value.'),
];

/** Turns a hash into an int object; installed by the runtime (avoids an import cycle). */
export let hashToInt: (h: bigint) => PyObject = () => incref(None);
/** Turns a length into an int object. */
export let lengthToInt: (n: number) => PyObject = () => incref(None);
/** The AttributeError of a failed `__getattribute__`. */
export let missing: (self: PyObject, name: string) => never = () => {
  throw typeError('missing attribute');
};
/** A StopIteration with no value. */
export let stopIteration: () => PyRaise = () => typeError('StopIteration');

/** Installs the converters above. */
export function installSlotHelpers(helpers: {
  hashToInt: typeof hashToInt;
  lengthToInt: typeof lengthToInt;
  missing: typeof missing;
  stopIteration: typeof stopIteration;
}): void {
  hashToInt = helpers.hashToInt;
  lengthToInt = helpers.lengthToInt;
  missing = helpers.missing;
  stopIteration = helpers.stopIteration;
}

