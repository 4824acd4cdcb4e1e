/**
 * `getset_descriptor` (computed attributes of built-in types, such as `gi_frame`) and
 * `member_descriptor` (the storage of a `__slots__` name). Mirrors CPython 3.8
 * Objects/descrobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { attributeError, typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { addValue } from '../runtime/type-defs.ts';
import { memberDocOf } from './builtin-docs.ts';

/** A computed attribute: `get` returns a new reference; `set` with null deletes. */
export interface GetSetDef {
  readonly name: string;
  readonly get?: (self: PyObject) => PyObject;
  readonly set?: (self: PyObject, value: PyObject | null) => void;
  readonly doc?: string;
}

/** The setter of a `READONLY` member (`PyMemberDef` with READONLY): "readonly attribute". */
export function readonlyAttribute(): never {
  throw attributeError('readonly attribute');
}

/** `getset_descriptor`. */
export const getsetDescriptorType: PyType = staticType({ name: 'getset_descriptor', basicsize: 48, flags: TPFLAGS_HAVE_GC });

/** A computed attribute of `owner`. */
export class PyGetSetDescr extends PyObject {
  readonly def: GetSetDef;
  readonly owner: PyType;

  constructor(def: GetSetDef, owner: PyType) {
    super(getsetDescriptorType, allocateAddress(getsetDescriptorType));
    this.def = def;
    this.owner = incref(owner);
  }
}

function checkOwner(d: { readonly owner: PyType }, name: string, obj: PyObject): void {
  if (!obj.type.isSubtype(d.owner)) {
    throw typeError(`descriptor '${name}' for '${tpName(d.owner)}' objects doesn't apply to a '${tpName(obj.type)}' object`);
  }
}

getsetDescriptorType.descrGet = (descr, obj) => {
  if (obj === null) return incref(descr);
  const d = descr as PyGetSetDescr;
  checkOwner(d, d.def.name, obj);
  if (d.def.get === undefined) throw attributeError(`attribute '${d.def.name}' of '${tpName(d.owner)}' objects is not readable`);
  return d.def.get(obj);
};
getsetDescriptorType.descrSet = (descr, obj, value) => {
  const d = descr as PyGetSetDescr;
  checkOwner(d, d.def.name, obj);
  if (d.def.set === undefined) throw attributeError(`attribute '${d.def.name}' of '${tpName(d.owner)}' objects is not writable`);
  d.def.set(obj, value);
};

/** `descr_dealloc` / `descr_traverse`: a descriptor owns a reference to its class (`d_type`). */
function ownerOf(self: PyObject): PyType {
  return (self as PyGetSetDescr | PyMemberDescr).owner;
}
getsetDescriptorType.dealloc = (self) => {
  decref(ownerOf(self));
  freeObject(self);
};
getsetDescriptorType.traverse = (self, visit) => {
  visit(ownerOf(self));
};

/** `member_descriptor`: slot `index` of instances of `owner`. */
export const memberDescriptorType: PyType = staticType({ name: 'member_descriptor', basicsize: 48, flags: TPFLAGS_HAVE_GC });

/**
 * A read-only member of a built-in type stored outside `__slots__` (a struct sequence field): how
 * to read it (a new reference) and its `__doc__`.
 */
export interface ReadonlyMember {
  readonly read: (obj: PyObject) => PyObject;
  readonly doc: string | null;
  /** Stores a value (null: delete), for a member that is not `READONLY`; absent: read-only. */
  readonly write?: (obj: PyObject, value: PyObject | null) => void;
}

/** The descriptor of one `__slots__` name, or of a read-only member of a built-in type. */
export class PyMemberDescr extends PyObject {
  readonly name: string;
  readonly owner: PyType;
  readonly index: number;
  /** Set for a `READONLY` `PyMemberDef` of a built-in type; null for a `__slots__` name. */
  readonly builtin: ReadonlyMember | null;

  constructor(name: string, owner: PyType, index: number, builtin: ReadonlyMember | null = null) {
    super(memberDescriptorType, allocateAddress(memberDescriptorType));
    this.name = name;
    this.owner = incref(owner);
    this.index = index;
    this.builtin = builtin;
  }
}

memberDescriptorType.descrGet = (descr, obj) => {
  if (obj === null) return incref(descr);
  const d = descr as PyMemberDescr;
  checkOwner(d, d.name, obj);
  if (d.builtin !== null) return d.builtin.read(obj);
  const v = obj.slots?.[d.index] ?? null;
  if (v === null) throw attributeError(d.name);
  return incref(v);
};
memberDescriptorType.descrSet = (descr, obj, value) => {
  const d = descr as PyMemberDescr;
  checkOwner(d, d.name, obj);
  if (d.builtin !== null) {
    const write = d.builtin.write;
    if (write === undefined) readonlyAttribute();
    write(obj, value);
    return;
  }
  const slots = (obj.slots ??= []);
  const old = slots[d.index] ?? null;
  if (value === null && old === null) throw attributeError(d.name);
  slots[d.index] = value === null ? null : incref(value);
  if (old !== null) decref(old);
};

memberDescriptorType.dealloc = getsetDescriptorType.dealloc;
memberDescriptorType.traverse = getsetDescriptorType.traverse;

/**
 * A `PyMemberDef` of a built-in type: its name, how to read it (a new reference) and, unless it
 * is `READONLY`, how to store a value.
 */
export interface ReadonlyMemberDef {
  readonly name: string;
  readonly read: (obj: PyObject) => PyObject;
  readonly write?: (obj: PyObject, value: PyObject | null) => void;
  /** The member's `doc` (its descriptor's `__doc__`); none when absent. */
  readonly doc?: string;
}

/** Adds `member_descriptor`s for `members` to `type` (`add_members` of `PyType_Ready`). */
export function addReadonlyMembers(type: PyType, members: readonly ReadonlyMemberDef[]): void {
  members.forEach((m, i) => {
    const doc = m.doc ?? memberDocOf(type.name, m.name) ?? null;
    const member: ReadonlyMember = m.write === undefined ? { read: m.read, doc } : { read: m.read, doc, write: m.write };
    addValue(type, m.name, () => new PyMemberDescr(m.name, type, i, member));
  });
}
