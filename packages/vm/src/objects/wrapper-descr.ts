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
import { newStr } from './str.ts';

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

function checkSelf(d: PyWrapperDescr, self: PyObject | undefined): PyObject {
  if (self === undefined) throw typeError(`descriptor '${d.def.name}' of '${tpName(d.owner)}' object needs an argument`);
  if (!self.type.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.def.name}' requires a '${tpName(d.owner)}' object but received a '${tpName(self.type)}'`);
  }
  return self;
}

wrapperDescriptorType.call = (callable, args, kwnames) => {
  const d = callable as PyWrapperDescr;
  const self = checkSelf(d, args[0]);
  const hasKw = kwnames !== null && kwnames.length > 0;
  if (hasKw && d.def.keywords !== true) throw typeError(`wrapper ${d.def.name}() takes no keyword arguments`);
  return d.def.wrap(d.slot, self, args.slice(1), hasKw ? kwnames : null);
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
  const hasKw = kwnames !== null && kwnames.length > 0;
  if (hasKw && w.descr.def.keywords !== true) throw typeError(`wrapper ${w.descr.def.name}() takes no keyword arguments`);
  return w.descr.def.wrap(w.descr.slot, w.self, args, hasKw ? kwnames : null);
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
