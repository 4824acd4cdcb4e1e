/**
 * Struct sequences: the named tuples built-in modules hand out (`sys.float_info`,
 * `sys.version_info`, ...). A struct sequence type is a static subtype of `tuple` whose fields are
 * read-only members, with the repr `sys.float_info(max=..., ...)`, `__reduce__`, and the class
 * attributes `n_sequence_fields`, `n_fields` and `n_unnamed_fields`. Fields past
 * `n_sequence_fields` (`time.struct_time`'s `tm_zone` and `tm_gmtoff`) are attributes only: the
 * tuple's length and repr leave them out. Mirrors CPython 3.8 Objects/structseq.c.
 * @module
 */
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { forbidInstances, staticType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { addMethods, addValue } from '../runtime/type-defs.ts';
import { markDottedTypeName, tpName } from '../runtime/type-name.ts';
import { dictGetStr, dictSetStr, isDict, newDict } from './dict.ts';
import { PyMemberDescr } from './getset.ts';
import { newInt } from './int.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';
import { PyTuple, newTuple, newTupleStealing, tupleType } from './tuple.ts';

/** One field of a struct sequence: its name and the `__doc__` of its member. */
export interface StructSeqField {
  readonly name: string;
  readonly doc: string;
}

/** A `PyStructSequence_Desc`. */
export interface StructSeqSpec {
  /** The part of the dotted `tp_name` after the module (`float_info` of `sys.float_info`). */
  readonly name: string;
  readonly module: string;
  readonly doc: string;
  readonly fields: readonly StructSeqField[];
  /**
   * Whether Python code may call the type (`sys.float_info` can be; `sys.flags` and
   * `sys.version_info` set `tp_new` to NULL after making the type).
   */
  readonly canCreate: boolean;
  /** `n_in_sequence`: how many leading fields are the tuple's items (default: all). */
  readonly visible?: number;
}

/** An instance: the visible fields are the tuple's items; the rest are held beside them. */
export class PyStructSeq extends PyTuple {
  readonly hidden: PyObject[];

  constructor(type: PyType, items: PyObject[], hidden: PyObject[], address: number) {
    super(type, items, address);
    this.hidden = hidden;
  }
}

/** The hidden fields of an instance of a type that has none. */
const NO_HIDDEN: PyObject[] = [];

/** The field names of each struct sequence type. */
const fieldsOf = new Map<PyType, readonly StructSeqField[]>();
/** How many of each type's fields are items (`n_sequence_fields`). */
const visibleOf = new Map<PyType, number>();

/**
 * Makes a struct sequence type (`PyStructSequence_InitType2`); call at module load, before the
 * VM readies the static types.
 *
 * @param spec - the type's name, module, doc and fields.
 * @returns the new static type.
 * @see CPython 3.8 Objects/structseq.c `PyStructSequence_InitType2`
 */
export function newStructSeqType(spec: StructSeqSpec): PyType {
  const type = staticType({
    name: spec.name, module: spec.module, base: tupleType, basicsize: 24, itemsize: 8, flags: TPFLAGS_HAVE_GC, doc: spec.doc,
  });
  // A tp_name without a dot (`"UnraisableHookArgs"`) gives the module `builtins` and prints bare.
  if (spec.module !== 'builtins') markDottedTypeName(type);
  // tuple's `+` is `sq_concat`: no `__radd__` in the type's dict.
  type.addIsConcat = true;
  fieldsOf.set(type, spec.fields);
  const n = spec.fields.length;
  const visible = spec.visible ?? n;
  visibleOf.set(type, visible);
  type.repr = structSeqRepr;
  type.dealloc = structSeqDealloc;
  if (spec.canCreate) type.new = structSeqNew;
  else forbidInstances(type);
  addMethods(type, [{ name: '__reduce__', kind: 'noargs', impl: (self) => structSeqReduce(self as PyTuple) }]);
  spec.fields.forEach((field, i) => {
    addValue(type, field.name, () => new PyMemberDescr(field.name, type, i, {
      read: (obj) => incref((i < visible ? (obj as PyTuple).items[i] : (obj as PyStructSeq).hidden[i - visible]) ?? None),
      doc: field.doc,
    }));
  });
  addValue(type, 'n_sequence_fields', () => newInt(visible));
  addValue(type, 'n_fields', () => newInt(n));
  addValue(type, 'n_unnamed_fields', () => newInt(0));
  return type;
}

/**
 * A new instance of a struct sequence type holding `items` (`PyStructSequence_New` plus
 * `PyStructSequence_SET_ITEM`).
 *
 * @param type - a type made by {@link newStructSeqType}.
 * @param items - one new reference per field, in order; the instance takes them over.
 * @returns the new instance.
 * @see CPython 3.8 Objects/structseq.c `PyStructSequence_New`
 */
export function newStructSeq(type: PyType, items: PyObject[]): PyTuple {
  const visible = visibleOf.get(type) ?? items.length;
  const hidden = items.length > visible ? items.splice(visible) : NO_HIDDEN;
  // The object has room for every field (`REAL_SIZE`); its length counts the visible ones.
  return new PyStructSeq(type, items, hidden, allocateAddress(type, items.length + hidden.length));
}

/** `structseq_dealloc`: every field, first to last. */
function structSeqDealloc(self: PyObject): void {
  const o = self as PyStructSeq;
  for (const item of o.items) decref(item);
  for (const item of o.hidden) decref(item);
  freeObject(self);
}

/** `structseq_new(sequence, dict={})`. */
function structSeqNew(type: PyType, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const given: (PyObject | undefined)[] = [args[0], args[1]].slice(0, npos);
  const params = ['sequence', 'dict'];
  if (npos > 2) throw typeError(`structseq() takes at most 2 arguments (${args.length} given)`);
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    const at = params.indexOf(k);
    if (at < 0) throw typeError(`'${k}' is an invalid keyword argument for structseq()`);
    if (given[at] !== undefined) throw typeError(`argument for structseq() given by name ('${k}') and position (${at + 1})`);
    given[at] = args[npos + i];
  }
  const [sequence, dict] = given;
  if (sequence === undefined) throw typeError("structseq() missing required argument 'sequence' (pos 1)");
  const items = sequenceToArray(sequence, 'constructor requires a sequence');
  const name = tpName(type);
  const fields = fieldsOf.get(type) ?? [];
  const max = fields.length;
  const min = visibleOf.get(type) ?? max;
  try {
    if (dict !== undefined && !isDict(dict)) throw typeError(`${name}() takes a dict as second arg, if any`);
    if (min !== max && items.length < min) throw typeError(`${name}() takes an at least ${min}-sequence (${items.length}-sequence given)`);
    if (min !== max && items.length > max) throw typeError(`${name}() takes an at most ${max}-sequence (${items.length}-sequence given)`);
    if (min === max && items.length !== min) throw typeError(`${name}() takes a ${min}-sequence (${items.length}-sequence given)`);
  } catch (e) {
    for (const item of items) decref(item);
    throw e;
  }
  for (let i = items.length; i < max; i++) {
    const given = dict === undefined ? null : dictGetStr(dict, fields[i]?.name ?? '');
    items.push(incref(given ?? None));
  }
  return newStructSeq(type, items);
}

/** `structseq_repr`: `sys.float_info(max=1.79..., ...)`. */
function structSeqRepr(self: PyObject): PyObject {
  const fields = fieldsOf.get(self.type) ?? [];
  const items = (self as PyTuple).items;
  const parts = items.map((item, i) => `${fields[i]?.name ?? ''}=${reprText(item)}`);
  return newStr(`${tpName(self.type)}(${parts.join(', ')})`);
}

/** `structseq_reduce`: `(type, (visible fields, {name: value} of the others))`. */
function structSeqReduce(self: PyTuple): PyObject {
  const fields = fieldsOf.get(self.type) ?? [];
  const extra = newDict();
  const hidden = self instanceof PyStructSeq ? self.hidden : NO_HIDDEN;
  hidden.forEach((value, i) => { dictSetStr(extra, fields[self.items.length + i]?.name ?? '', value); });
  return newTupleStealing([incref(self.type), newTupleStealing([newTuple(self.items), extra])]);
}
