/**
 * The number protocol: binary, in-place, ternary and unary operators through the number slots,
 * with CPython's reflected-operand rules and messages, the sequence concatenation / repetition
 * fallbacks, and the conversions `operator.index`, `int()`, `float()`. Mirrors CPython 3.8
 * Objects/abstract.c `binary_op1`, `binary_iop1`, `ternary_op`, `sequence_repeat`,
 * `PyNumber_Index`, `PyNumber_AsSsize_t`, `PyNumber_Long`, `PyNumber_Float`.
 * @module
 */
import { isSqConcatSlot, isSqRepeatSlot, sqConcatSlot, standsForSequence } from '../objects/sequence-slots.ts';
import { tstate } from './thread-state.ts';
import { asPythonFailure } from './host-errors.ts';
import { isNumericError, type NumericError } from '../numeric/numeric-result.ts';
import { assert } from '../internal/assert.ts';
import { PyBytes, bytesType } from '../objects/bytes.ts';
import { PyByteArray } from '../objects/bytearray.ts';
import * as E from '../objects/exceptions.ts';
import { PyFloat, floatType, newFloat } from '../objects/float.ts';
import { PyInt, intType, newInt, type IntValue } from '../objects/int.ts';
import { floatFromText, intFromBytes, intFromText } from '../objects/number-parse.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { PyStr, newStr, strType } from '../objects/str.ts';
import { PyBuiltinFunction } from '../objects/native-function.ts';
import { reprText } from './abstract-object.ts';
import { lookupSpecial } from './attributes.ts';
import { callNoArgs } from './call.ts';
import { newExceptionStealing, raiseMessage, raiseValue, typeError, type PyRaise } from './errors.ts';
import { decref, incref, type BinaryOpName, type PyObject, type PyType } from './object.ts';
import { tpName } from './type-name.ts';
import { warnNative } from './native-warning.ts';

/** A binary operator by its number slot name. */
export type BinaryOpKey = BinaryOpName;

/** The operator as CPython's messages spell it (`binop_type_error`). */
export const BINARY_SYMBOLS: Readonly<Record<BinaryOpName, string>> = {
  add: '+', subtract: '-', multiply: '*', matrix_multiply: '@', true_divide: '/', floor_divide: '//',
  remainder: '%', divmod: 'divmod()', power: '**', lshift: '<<', rshift: '>>', and: '&', xor: '^', or: '|',
};

/** The exception classes a {@link NumericError} or format error can name. */
const ERROR_TYPES: Readonly<Record<string, PyType>> = {
  ZeroDivisionError: E.ZeroDivisionError, OverflowError: E.OverflowError, ValueError: E.ValueError, TypeError: E.TypeError,
};

/** Turns an error value of the pure numeric / format helpers into the Python exception to throw. */
export function raiseNumeric(err: { readonly error: string; readonly message: string }): PyRaise {
  return raiseMessage(ERROR_TYPES[err.error] ?? E.ValueError, err.message);
}

/** Unwraps a `NumericResult`, throwing the Python exception it names. */
export function unwrapNumeric<T>(r: T | NumericError): T {
  if (isNumericError(r)) throw raiseNumeric(r);
  return r;
}

/** `OverflowError(34, 'Numerical result out of range')`: `PyErr_SetFromErrno` with ERANGE. */
export function erangeOverflow(): PyRaise {
  return raiseValue(newExceptionStealing(E.OverflowError, [newInt(34), newStr('Numerical result out of range')]));
}

// ---------------------------------------------------------------------------------------------
// Sequence slots (`sq_concat`, `sq_repeat` and their in-place forms) as the fallbacks see them.

/** The sequence slots a type can register for the `+` / `*` fallbacks. */
export interface SequenceNumberSlots {
  readonly concat?: (seq: PyObject, other: PyObject) => PyObject;
  readonly repeat?: (seq: PyObject, count: number) => PyObject;
  readonly inplaceConcat?: (seq: PyObject, other: PyObject) => PyObject;
  readonly inplaceRepeat?: (seq: PyObject, count: number) => PyObject;
}

const sequenceSlots = new Map<PyType, SequenceNumberSlots>();

/** Registers `sq_concat` / `sq_repeat` (and in-place forms) for a sequence type; subtypes inherit them. */
export function setSequenceSlots(type: PyType, slots: SequenceNumberSlots): void {
  sequenceSlots.set(type, slots);
}

/** The sequence slots `type` registered itself (not inherited), for its slot wrappers. */
export function ownSequenceSlots(type: PyType): SequenceNumberSlots | undefined {
  return sequenceSlots.get(type);
}

/**
 * Installs `concat` as `type`'s `nb.add` standing for its `sq_concat` (list, tuple, str, bytes,
 * deque), so that `__add__` calls it directly. `binary_op1` skips it (sequence-slots.ts): the
 * other operand's reflected `__radd__` runs first, and the concatenation is the fallback, whose
 * error ("can only concatenate list (not "X") to list") ends the search.
 */
export function setConcatAdd(type: PyType, concat: (a: PyObject, b: PyObject) => PyObject): void {
  type.nb.add = sqConcatSlot(concat);
  type.addIsConcat = true;
}

/** The concatenation `type`'s `nb.add` stands for, if it is one. */
function concatAddOf(type: PyType): ((a: PyObject, b: PyObject) => PyObject) | undefined {
  const add = type.nb.add;
  return add !== undefined && isSqConcatSlot(add) ? add : undefined;
}

/** `tp_as_sequence->sq_concat` of `type`, for `PySequence_Concat` (`operator.concat`). */
export function sequenceConcatSlot(type: PyType): ((a: PyObject, b: PyObject) => PyObject) | undefined {
  return concatAddOf(type) ?? sequenceSlotsOf(type)?.concat;
}

/** `tp_as_sequence->sq_inplace_concat` of `type`, for `PySequence_InPlaceConcat` (`operator.iconcat`). */
export function sequenceInplaceConcatSlot(type: PyType): ((a: PyObject, b: PyObject) => PyObject) | undefined {
  const iadd = type.nbInplace.add;
  return iadd !== undefined && isSqConcatSlot(iadd) ? iadd : sequenceSlotsOf(type)?.inplaceConcat;
}

function sequenceSlotsOf(type: PyType): SequenceNumberSlots | undefined {
  const mro = type.mro.length > 0 ? type.mro : [type];
  for (const t of mro) {
    const s = sequenceSlots.get(t);
    if (s !== undefined) return s;
  }
  return undefined;
}

/** `sequence_repeat`: `n` must be an index ("can't multiply sequence by non-int of type ..."). */
export function sequenceRepeat(repeat: (seq: PyObject, count: number) => PyObject, seq: PyObject, n: PyObject): PyObject {
  if (!hasIndex(n)) throw typeError(`can't multiply sequence by non-int of type '${tpName(n.type)}'`);
  return repeat(seq, asSsize(n, E.OverflowError));
}

/**
 * `sequence_repeat` after both number slots declined a `*`: `v`'s repetition, else `w`'s (a
 * Python sequence's `__mul__`, or a built-in's slot that stands for `sq_repeat`); null when
 * neither is a sequence.
 */
function repeatFallback(v: PyObject, w: PyObject): PyObject | null {
  const rv = sequenceSlotsOf(v.type)?.repeat;
  if (rv !== undefined) return sequenceRepeat(rv, v, w);
  const mv = v.type.nb.multiply;
  if (mv !== undefined && isSqRepeatSlot(mv)) return repeatOrRaise(mv, v, w, w);
  const rw = sequenceSlotsOf(w.type)?.repeat;
  if (rw !== undefined) return sequenceRepeat(rw, w, v);
  const mw = w.type.nb.multiply;
  if (mw !== undefined && isSqRepeatSlot(mw)) return repeatOrRaise(mw, v, w, v);
  return null;
}

/** A built-in repetition slot called as `sq_repeat`: a count it declines is not an int. */
function repeatOrRaise(slot: (a: PyObject, b: PyObject) => PyObject, v: PyObject, w: PyObject, count: PyObject): PyObject {
  const r = slot(v, w);
  if (r !== NotImplemented) return r;
  decref(r);
  throw typeError(`can't multiply sequence by non-int of type '${tpName(count.type)}'`);
}

// ---------------------------------------------------------------------------------------------
// Binary operators.

function binopTypeError(v: PyObject, w: PyObject, opName: string): PyRaise {
  return typeError(`unsupported operand type(s) for ${opName}: '${tpName(v.type)}' and '${tpName(w.type)}'`);
}

/** `binary_op1`: the result (new reference), or null where both operands return NotImplemented. */
export function binaryOp1(v: PyObject, w: PyObject, op: BinaryOpName): PyObject | null {
  let slotv = v.type.nb[op];
  let slotw = w.type !== v.type ? w.type.nb[op] : undefined;
  if (slotw === slotv) slotw = undefined;
  if (op === 'add' || op === 'multiply') {
    // `[1] + x` and `[1] * x` ask x's `__radd__` / `__rmul__` before the list's sequence slot.
    if (slotv !== undefined && standsForSequence(op, slotv)) slotv = undefined;
    if (slotw !== undefined && standsForSequence(op, slotw)) slotw = undefined;
  }
  if (slotv !== undefined) {
    if (slotw !== undefined && w.type.isSubtype(v.type)) {
      const x = slotw(v, w);
      if (x !== NotImplemented) return x;
      decref(x);
      slotw = undefined;
    }
    const x = slotv(v, w);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  if (slotw !== undefined) {
    const x = slotw(v, w);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  return null;
}

/** `PyNumber_Add`, `PyNumber_Multiply`, ... and `PyNumber_Power(v, w, None)`: a new reference. */
export function binaryOp(v: PyObject, w: PyObject, op: BinaryOpKey): PyObject {
  const frame = tstate.frame;
  try {
    return binaryOpUnguarded(v, w, op);
  } catch (e) {
    // A result too large for the host (`'%*d' % (big, 1)`) is the program's MemoryError.
    throw asPythonFailure(e, frame);
  }
}

function binaryOpUnguarded(v: PyObject, w: PyObject, op: BinaryOpKey): PyObject {
  if (op === 'power') return ternaryOp(v, w, None, powerSlot);
  const result = binaryOp1(v, w, op);
  if (result !== null) return result;
  if (op === 'add') {
    const concat = concatAddOf(v.type) ?? sequenceSlotsOf(v.type)?.concat;
    if (concat !== undefined) return concat(v, w);
  } else if (op === 'multiply') {
    const repeated = repeatFallback(v, w);
    if (repeated !== null) return repeated;
  } else if (op === 'rshift' && v instanceof PyBuiltinFunction && v.def.name === 'print') {
    // `binary_op`: the Python 2 `print >>f, x` hint.
    throw typeError(`unsupported operand type(s) for >>: '${tpName(v.type)}' and '${tpName(w.type)}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  throw binopTypeError(v, w, BINARY_SYMBOLS[op]);
}

/** `PyNumber_InPlaceAdd` and friends (`a += b`): a new reference. */
export function inplaceOp(v: PyObject, w: PyObject, op: BinaryOpKey): PyObject {
  const frame = tstate.frame;
  try {
    return inplaceOpUnguarded(v, w, op);
  } catch (e) {
    throw asPythonFailure(e, frame);
  }
}

function inplaceOpUnguarded(v: PyObject, w: PyObject, op: BinaryOpKey): PyObject {
  // PyNumber_InPlacePower: the ternary path over nb_inplace_power when v has one, else over
  // nb_power; 3.8 never falls back from a NotImplemented __ipow__ to __pow__ (bpo-38302).
  if (op === 'power') return ternaryOp(v, w, None, v.type.nbInplace.power !== undefined ? inplacePowerSlot : powerSlot);
  const slot = v.type.nbInplace[op];
  // A sequence's in-place concatenation or repetition (`sq_inplace_concat`, `sq_inplace_repeat`)
  // is tried after both number slots; but a class inheriting `list.__iadd__` has the in-place
  // concatenation as its `nb_inplace_add` (`update_one_slot`: the two wrappers are the same).
  const sequenceInPlace = slot !== undefined && standsForSequence(op, slot) && !(op === 'add' && v.type.isHeapType) ? slot : undefined;
  if (slot !== undefined && sequenceInPlace === undefined) {
    const x = slot(v, w);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  const result = binaryOp1(v, w, op);
  if (result !== null) return result;
  if (op === 'add') {
    const seq = sequenceSlotsOf(v.type);
    const f = seq?.inplaceConcat ?? sequenceInPlace ?? seq?.concat ?? concatAddOf(v.type);
    if (f !== undefined) return f(v, w);
  } else if (op === 'multiply') {
    const sv = sequenceSlotsOf(v.type);
    if (sv !== undefined) {
      const f = sv.inplaceRepeat ?? sv.repeat;
      if (f !== undefined) return sequenceRepeat(f, v, w);
    } else {
      if (sequenceInPlace !== undefined) return repeatOrRaise(sequenceInPlace, v, w, w);
      const repeated = repeatFallback(v, w);
      if (repeated !== null) return repeated;
    }
  }
  throw binopTypeError(v, w, `${BINARY_SYMBOLS[op]}=`);
}

type TernarySlot = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
type BinarySlot = (a: PyObject, b: PyObject) => PyObject;
const ternaryViews = new Map<BinarySlot, TernarySlot>();

/** A binary slot seen as ternary, one view per slot function so shared slots compare equal. */
function ternaryView(binary: BinarySlot): TernarySlot {
  let view = ternaryViews.get(binary);
  if (view === undefined) {
    view = (a, b) => binary(a, b);
    ternaryViews.set(binary, view);
  }
  return view;
}

/** The ternary power slot of a type: `nbPower`, or its binary `nb.power` seen as ternary. */
function powerSlot(type: PyType): TernarySlot | undefined {
  if (type.nbPower !== undefined) return type.nbPower;
  const binary = type.nb.power;
  return binary === undefined ? undefined : ternaryView(binary);
}

/** `NB_SLOT(nb_inplace_power)` of a type, seen as ternary. */
function inplacePowerSlot(type: PyType): TernarySlot | undefined {
  const binary = type.nbInplace.power;
  return binary === undefined ? undefined : ternaryView(binary);
}

/**
 * `ternary_op`: tries v's, w's (reflected first for a subtype), then z's slot. Like CPython its
 * message names `** or pow()` whatever operator asked, `**=` included.
 */
function ternaryOp(v: PyObject, w: PyObject, z: PyObject, slotOf: (type: PyType) => TernarySlot | undefined): PyObject {
  const slotv = slotOf(v.type);
  let slotw = w.type !== v.type ? slotOf(w.type) : undefined;
  if (slotw === slotv) slotw = undefined;
  if (slotv !== undefined) {
    if (slotw !== undefined && w.type.isSubtype(v.type)) {
      const x = slotw(v, w, z);
      if (x !== NotImplemented) return x;
      decref(x);
      slotw = undefined;
    }
    const x = slotv(v, w, z);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  if (slotw !== undefined) {
    const x = slotw(v, w, z);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  const slotz = slotOf(z.type);
  if (slotz !== undefined && slotz !== slotv && slotz !== slotw) {
    const x = slotz(v, w, z);
    if (x !== NotImplemented) return x;
    decref(x);
  }
  if (z === None) {
    throw typeError(`unsupported operand type(s) for ** or pow(): '${tpName(v.type)}' and '${tpName(w.type)}'`);
  }
  throw typeError(`unsupported operand type(s) for pow(): '${tpName(v.type)}', '${tpName(w.type)}', '${tpName(z.type)}'`);
}

/** `PyNumber_Power(v, w, z)` (`pow(v, w, z)`; `z` is None for two arguments): a new reference. */
export function power3(v: PyObject, w: PyObject, z: PyObject): PyObject {
  return ternaryOp(v, w, z, powerSlot);
}

/** `PyNumber_InPlacePower(v, w, None)`. */
export function inplacePower(v: PyObject, w: PyObject): PyObject {
  return inplaceOp(v, w, 'power');
}

/** `PyNumber_Divmod` (`divmod(v, w)`): a new reference. */
export function divmod(v: PyObject, w: PyObject): PyObject {
  return binaryOp(v, w, 'divmod');
}

// ---------------------------------------------------------------------------------------------
// Unary operators.

/** `PyNumber_Positive`, `PyNumber_Negative`, `PyNumber_Invert`: a new reference. */
export function unaryOp(v: PyObject, op: '+' | '-' | '~'): PyObject {
  const type = v.type;
  const slot = op === '-' ? type.nbNegative : op === '+' ? type.nbPositive : type.nbInvert;
  if (slot === undefined) throw typeError(`bad operand type for unary ${op}: '${tpName(type)}'`);
  return slot(v);
}

/** `PyNumber_Absolute` (`abs(o)`): a new reference. */
export function absolute(o: PyObject): PyObject {
  const slot = o.type.nbAbsolute;
  if (slot === undefined) throw typeError(`bad operand type for abs(): '${tpName(o.type)}'`);
  return slot(o);
}

// ---------------------------------------------------------------------------------------------
// Conversions.

/** `PyIndex_Check`. */
export function hasIndex(o: PyObject): boolean {
  return o.type.nbIndex !== undefined;
}

/** The bytes of a contiguous memoryview, copied, or null for anything else (installed by memoryview.ts). */
let viewBytes: (o: PyObject) => Uint8Array | null = () => null;

/** Installs how `int()` and `float()` read a buffer exporter other than bytes and bytearray. */
export function setViewBytes(fn: (o: PyObject) => Uint8Array | null): void {
  viewBytes = fn;
}

/**
 * Issues a DeprecationWarning from native code (`PyErr_WarnFormat(PyExc_DeprecationWarning, 1, ...)`);
 * raises when the warning is an error.
 *
 * @param message - the warning text
 */
export function warnDeprecation(message: string): void {
  warnNative(E.DeprecationWarning, message);
}

/**
 * The DeprecationWarning of a conversion slot that returned an instance of a strict subclass of
 * int, float or complex (Issues #17576, #26983, #29894). It raises when the warning is an error.
 *
 * @param method - what returned it, as the message names it (`__index__`, `T.__float__`).
 * @param result - the returned object (borrowed).
 * @param kind - the type it should have been exactly.
 */
export function warnStrictSubclassResult(method: string, result: PyObject, kind: 'int' | 'float' | 'complex'): void {
  warnDeprecation(`${method} returned non-${kind} (type ${tpName(result.type)}).  The ability to return an instance of a strict subclass of ${kind} is deprecated, and may be removed in a future version of Python.`);
}

/** {@link warnStrictSubclassResult} for a result the caller owns: released when the warning raises. */
function warnOwnedResult(method: string, result: PyObject, kind: 'int' | 'float'): void {
  try {
    warnStrictSubclassResult(method, result, kind);
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** `PyNumber_Index` (`operator.index(o)`): an int (new reference); ints and bools are returned as they are. */
export function index(o: PyObject): PyObject {
  if (o instanceof PyInt) return incref(o);
  const slot = o.type.nbIndex;
  if (slot === undefined) throw typeError(`'${tpName(o.type)}' object cannot be interpreted as an integer`);
  const result = slot(o);
  if (result instanceof PyInt) {
    if (result.type !== intType) warnOwnedResult('__index__', result, 'int');
    return result;
  }
  decref(result);
  throw typeError(`__index__ returned non-int (type ${tpName(result.type)})`);
}

/** The value of `operator.index(o)`. */
export function asIndex(o: PyObject): IntValue {
  if (o instanceof PyInt) return o.value;
  const r = index(o);
  try {
    assert(r instanceof PyInt, 'index() returned a non-int');
    return r.value;
  } finally {
    decref(r);
  }
}

/** `PY_SSIZE_T_MAX` (sys.maxsize), exactly. */
export const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * The overflow test of `unicode_repeat` and `bytes_repeat`, `len > PY_SSIZE_T_MAX / n`, in C's
 * integer division (a double quotient misses `2 * 2**62`). `n` is a positive count that came
 * through a double: one rounded up to 2**63 stands for at most PY_SSIZE_T_MAX.
 *
 * @param len - the length repeated.
 * @param n - the repeat count, at least 1.
 * @returns whether `len * n` exceeds PY_SSIZE_T_MAX.
 * @see CPython 3.8 Objects/unicodeobject.c `unicode_repeat`, Objects/bytesobject.c `bytes_repeat`
 */
export function repeatOverflows(len: number, n: number): boolean {
  const count = BigInt(n) > SSIZE_MAX ? SSIZE_MAX : BigInt(n);
  return BigInt(len) > SSIZE_MAX / count;
}

/**
 * `PyNumber_AsSsize_t(o, err)`: the index as a number. Out of the C `Py_ssize_t` range it raises
 * `err` ("cannot fit 'int' into an index-sized integer"), or clamps when `err` is null.
 */
export function asSsize(o: PyObject, err: PyType | null): number {
  const v = asIndex(o);
  if (typeof v === 'number') return v;
  if (v <= SSIZE_MAX && v >= -SSIZE_MAX - 1n) return Number(v);
  if (err === null) return v < 0n ? -Number(SSIZE_MAX) - 1 : Number(SSIZE_MAX);
  throw raiseMessage(err, `cannot fit '${tpName(o.type)}' into an index-sized integer`);
}

/**
 * `PyLong_AsSsize_t` of an int: its value, no `__index__` asked.
 *
 * @param o - the int (borrowed).
 * @returns its value as a number.
 * @see CPython 3.8 Objects/longobject.c `PyLong_AsSsize_t`
 */
export function longAsSsize(o: PyInt): number {
  const v = o.value;
  if (typeof v === 'number') return v;
  if (v <= SSIZE_MAX && v >= -SSIZE_MAX - 1n) return Number(v);
  throw raiseMessage(E.OverflowError, 'Python int too large to convert to C ssize_t');
}

/**
 * A `Py_ssize_t` argument of a built-in (Argument Clinic's `n`): `PyNumber_Index`, then
 * `PyLong_AsSsize_t`'s OverflowError for a value beyond the C type.
 */
export function ssizeArg(o: PyObject): number {
  // The converter rejects a float before PyNumber_Index sees it.
  if (o.type.isSubtype(floatType)) throw typeError('integer argument expected, got float');
  const v = asIndex(o);
  if (typeof v === 'number') return v;
  if (v <= SSIZE_MAX && v >= -SSIZE_MAX - 1n) return Number(v);
  throw raiseMessage(E.OverflowError, 'Python int too large to convert to C ssize_t');
}

/** A copy of an int subclass instance as an exact int (`_PyLong_Copy`), stealing `r`. */
function exactInt(r: PyInt): PyInt {
  if (r.type === intType) return r;
  const copy = newInt(r.value);
  decref(r);
  return copy;
}

/** `_PyLong_FromNbIndexOrNbInt`: stealing nothing; a new reference to an int. */
function fromNbIndexOrNbInt(o: PyObject): PyInt {
  if (o instanceof PyInt && o.type === intType) return incref(o);
  const type = o.type;
  const slot = type.nbIndex;
  if (slot === undefined) {
    if (type.nbInt === undefined) throw typeError(`an integer is required (got type ${tpName(type)})`);
    // Only `__int__`: converted, then deprecated (bpo-36048).
    const r = fromNbInt(o, type.nbInt);
    try {
      warnDeprecation(`an integer is required (got type ${tpName(type)}).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.`);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  }
  const r = slot(o);
  if (r instanceof PyInt) {
    if (r.type !== intType) warnOwnedResult('__index__', r, 'int');
    return r;
  }
  decref(r);
  throw typeError(`__index__ returned non-int (type ${tpName(r.type)})`);
}

/**
 * What `PyLong_AsLong` and `PyLong_AsLongLong` read before their range checks: an int's value, else
 * `_PyLong_FromNbIndexOrNbInt`'s (`__index__`, or `__int__` with 3.8's DeprecationWarning; a
 * TypeError for an object with neither).
 *
 * @see CPython 3.8 Objects/longobject.c PyLong_AsLongAndOverflow
 */
export function longValue(o: PyObject): IntValue {
  if (o instanceof PyInt) return o.value;
  const r = fromNbIndexOrNbInt(o);
  const v = r.value;
  decref(r);
  return v;
}

/** `_PyLong_FromNbInt`. */
function fromNbInt(o: PyObject, slot: (o: PyObject) => PyObject): PyInt {
  const r = slot(o);
  if (r instanceof PyInt) {
    if (r.type !== intType) warnOwnedResult('__int__', r, 'int');
    return r;
  }
  decref(r);
  throw typeError(`__int__ returned non-int (type ${tpName(r.type)})`);
}

/**
 * `PyNumber_Long` (`int(o)`): `__int__`, `__index__`, `__trunc__`, then str / bytes parsing in
 * base 10. A new reference to an exact int.
 */
export function toInt(o: PyObject): PyObject {
  if (o instanceof PyInt && o.type === intType) return incref(o);
  const type = o.type;
  if (type.nbInt !== undefined) return exactInt(fromNbInt(o, type.nbInt));
  if (type.nbIndex !== undefined) return exactInt(fromNbIndexOrNbInt(o));
  const trunc = lookupSpecial(o, '__trunc__');
  if (trunc !== null) {
    let result: PyObject;
    try {
      result = callNoArgs(trunc);
    } finally {
      decref(trunc);
    }
    if (result instanceof PyInt) return exactInt(result);
    if (result.type.nbIndex === undefined && result.type.nbInt === undefined) {
      decref(result);
      throw typeError(`__trunc__ returned non-Integral (type ${tpName(result.type)})`);
    }
    try {
      return exactInt(fromNbIndexOrNbInt(result));
    } finally {
      decref(result);
    }
  }
  if (o instanceof PyStr) return newInt(intFromText(o.value, 10, ownRepr(o)));
  if (o instanceof PyBytes || o instanceof PyByteArray) return newInt(intFromBytes(o.value, 10));
  // Another buffer exporter: its bytes, copied (`PyObject_GetBuffer`).
  const view = viewBytes(o);
  if (view !== null) return newInt(intFromBytes(view, 10));
  throw typeError(`int() argument must be a string, a bytes-like object or a number, not '${tpName(type)}'`);
}

/** `int(x, base)` for a str or bytes `x` (the base already checked): a new reference. */
export function intFromStringObject(x: PyObject, base: number): PyInt {
  if (x instanceof PyStr) return newInt(intFromText(x.value, base, ownRepr(x)));
  if (x instanceof PyBytes || x instanceof PyByteArray) return newInt(intFromBytes(x.value, base));
  throw typeError("int() can't convert non-string with explicit base");
}

/** `PyNumber_Float` (`float(o)`): a new reference to an exact float. */
export function toFloat(o: PyObject): PyObject {
  if (o instanceof PyFloat && o.type === floatType) return incref(o);
  const type = o.type;
  if (type.nbFloat !== undefined) {
    const res = type.nbFloat(o);
    if (res instanceof PyFloat) {
      if (res.type === floatType) return res;
      warnOwnedResult(`${tpName(type)}.__float__`, res, 'float');
      const copy = newFloat(res.value);
      decref(res);
      return copy;
    }
    decref(res);
    throw typeError(`${tpName(type)}.__float__ returned non-float (type ${tpName(res.type)})`);
  }
  if (type.nbIndex !== undefined) {
    return newFloat(intAsDouble(asIndex(o)));
  }
  if (o instanceof PyFloat) return newFloat(o.value);
  return floatFromStringObject(o);
}

/**
 * How a parse error shows the str `o`: undefined when its repr is str's own (the message quotes
 * the text), else through its class's `__repr__`, as CPython formats the object with `%R`.
 */
export function ownRepr(o: PyStr): (() => string) | undefined {
  return o.type.repr === strType.repr ? undefined : () => reprText(o);
}

/** `PyFloat_FromString`: a str or bytes parsed as a float (new reference). */
export function floatFromStringObject(o: PyObject): PyFloat {
  if (o instanceof PyStr) return newFloat(floatFromText(o.value, ownRepr(o)));
  if (o instanceof PyBytes && o.type.repr === bytesType.repr) return newFloat(floatFromText(o.value));
  // The message shows the object itself: `bytearray(b'x')`, `<memory at 0x...>`.
  const shown = (): string => reprText(o);
  if (o instanceof PyBytes || o instanceof PyByteArray) return newFloat(floatFromText(o.value, shown));
  const view = viewBytes(o);
  if (view !== null) return newFloat(floatFromText(view, shown));
  throw typeError(`float() argument must be a string or a number, not '${tpName(o.type)}'`);
}

/** `PyLong_AsDouble`: OverflowError "int too large to convert to float" beyond the float range. */
export function intAsDouble(v: IntValue): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (!Number.isFinite(x)) throw raiseMessage(E.OverflowError, 'int too large to convert to float');
  return x;
}

/** `PyFloat_AsDouble`: a float's value, `__float__`, or `__index__`; TypeError "must be real number, not X". */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  const type = o.type;
  if (type.nbFloat === undefined) {
    if (type.nbIndex !== undefined) {
      return intAsDouble(asIndex(o));
    }
    throw typeError(`must be real number, not ${tpName(type)}`);
  }
  const res = type.nbFloat(o);
  if (!(res instanceof PyFloat)) {
    decref(res);
    throw typeError(`${tpName(type)}.__float__ returned non-float (type ${tpName(res.type)})`);
  }
  if (res.type !== floatType) warnOwnedResult(`${tpName(type)}.__float__`, res, 'float');
  const x = res.value;
  decref(res);
  return x;
}
