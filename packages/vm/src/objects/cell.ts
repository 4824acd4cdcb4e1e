/**
 * `cell`: the box a closure shares with the frame that created a variable. Mirrors CPython 3.8
 * Objects/cellobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { richCompare } from '../runtime/abstract-compare.ts';
import { addGetSets } from '../runtime/type-defs.ts';
import { ValueError } from './exceptions.ts';
import { newStr } from './str.ts';
import { newBool } from './int.ts';
import { newNotImplemented } from './singletons.ts';

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

/** `cell_new`: `cell([contents])`, empty without an argument. */
cellType.new = (_type, args, kwnames) => {
  if ((kwnames?.length ?? 0) > 0) throw typeError('cell() takes no keyword arguments');
  if (args.length > 1) throw typeError(`cell expected at most 1 argument, got ${args.length}`);
  const contents = args[0];
  return new PyCell(contents === undefined ? null : incref(contents));
};

/**
 * `cell_richcompare`: cells compare by their contents, an empty cell before any other. Defining
 * comparison without hashing makes cells unhashable, as in CPython.
 */
cellType.richcompare = (a, b, op) => {
  if (!(a instanceof PyCell) || !(b instanceof PyCell)) return newNotImplemented();
  const x = a.contents;
  const y = b.contents;
  if (x !== null && y !== null) return richCompare(x, y, op);
  // `Py_RETURN_RICHCOMPARE(b == NULL, a == NULL, op)`
  const l = y === null ? 1 : 0;
  const r = x === null ? 1 : 0;
  const results = [l < r, l <= r, l === r, l !== r, l > r, l >= r];
  return newBool(results[op] as boolean);
};
