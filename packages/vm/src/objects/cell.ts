/**
 * `cell`: the box a closure shares with the frame that created a variable. Mirrors CPython 3.8
 * Objects/cellobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { raiseMessage } from '../runtime/errors.ts';
import { addGetSets } from '../runtime/type-defs.ts';
import { ValueError } from './exceptions.ts';
import { newStr } from './str.ts';

/** The `cell` type. */
export const cellType: PyType = staticType({ name: 'cell', basicsize: 24, flags: TPFLAGS_HAVE_GC });

/** A cell: `contents` is owned, or null when empty. */
export class PyCell extends PyObject {
  contents: PyObject | null;

  constructor(contents: PyObject | null) {
    super(cellType, allocateAddress(cellType));
    this.contents = contents;
  }
}

cellType.dealloc = (self) => {
  const cell = self as PyCell;
  const held = cell.contents;
  cell.contents = null;
  xdecref(held);
  freeObject(self);
};
cellType.traverse = (self, visit) => {
  const held = (self as PyCell).contents;
  if (held !== null) visit(held);
};
cellType.clear = (self) => {
  const cell = self as PyCell;
  const held = cell.contents;
  cell.contents = null;
  xdecref(held);
};

addGetSets(cellType, [
  {
    name: 'cell_contents',
    get: (self) => {
      const v = (self as PyCell).contents;
      if (v === null) throw raiseMessage(ValueError, 'Cell is empty');
      return incref(v);
    },
    set: (self, value) => {
      const cell = self as PyCell;
      const old = cell.contents;
      cell.contents = value === null ? null : incref(value);
      xdecref(old);
    },
  },
]);
cellType.repr = (self) => {
  const v = (self as PyCell).contents;
  const at = `0x${self.address.toString(16)}`;
  if (v === null) return newStr(`<cell at ${at}: empty>`);
  return newStr(`<cell at ${at}: ${v.type.name} object at 0x${v.address.toString(16)}>`);
};
