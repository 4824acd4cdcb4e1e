/**
 * The iterators the generator-function mixins of Lib/_collections_abc.py return
 * (`Sequence.__iter__`, `Sequence.__reversed__`, the views' `__iter__`): a native iterator
 * stepping a TypeScript closure over the objects it owns.
 * DEVIATION(cpython): in CPython these are generator objects with a frame; here a plain iterator
 * typed `generator` with the same repr, `__name__` and `__qualname__`, and no `gi_*` attributes,
 * `send` or `throw`.
 * @module
 */
import { PyStr, newStr } from '../objects/str.ts';
import { typeError } from '../runtime/errors.ts';
import { addGetSets } from '../runtime/type-defs.ts';
import { asPythonFrame } from '../runtime/recursion-levels.ts';
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';

/** `generator`-like iterators of the ABC mixins. */
export const abcIteratorType: PyType = staticType({ name: 'generator', module: 'builtins', basicsize: 96, flags: TPFLAGS_HAVE_GC });

/** One mixin iterator: `step()` gives the next item (new reference) or null when done. */
export class PyAbcIterator extends PyObject {
  /** Owned references the closure reads (released when exhausted or freed). */
  refs: PyObject[];
  step: ((refs: readonly PyObject[]) => PyObject | null) | null;
  /** `__qualname__` and `__name__` (its last part until one is assigned). */
  qualname: string;
  name: string;

  constructor(qualname: string, refs: PyObject[], step: (refs: readonly PyObject[]) => PyObject | null) {
    super(abcIteratorType, allocateAddress(abcIteratorType));
    this.qualname = qualname;
    this.name = qualname.slice(qualname.lastIndexOf('.') + 1);
    this.refs = refs;
    this.step = step;
  }
}

/** A new iterator over `step`, owning `refs` (stolen). */
export function newAbcIterator(qualname: string, refs: PyObject[], step: (refs: readonly PyObject[]) => PyObject | null): PyAbcIterator {
  return new PyAbcIterator(qualname, refs, step);
}

function release(it: PyAbcIterator): void {
  const refs = it.refs;
  it.refs = [];
  it.step = null;
  for (const r of refs) xdecref(r);
}

abcIteratorType.iter = (self) => incref(self);
abcIteratorType.iternext = (self) => {
  const it = self as PyAbcIterator;
  const step = it.step;
  if (step === null) return null;
  let item: PyObject | null;
  try {
    // Each step resumes what is CPython's generator frame: one recursion level.
    item = asPythonFrame(() => step(it.refs));
  } catch (e) {
    release(it);
    throw e;
  }
  if (item === null) release(it);
  return item;
};
abcIteratorType.dealloc = (self) => {
  release(self as PyAbcIterator);
  freeObject(self);
};
abcIteratorType.traverse = (self, visit) => {
  for (const r of (self as PyAbcIterator).refs) visit(r);
};
abcIteratorType.clear = (self) => {
  release(self as PyAbcIterator);
};
abcIteratorType.repr = (self) => newStr(`<generator object ${(self as PyAbcIterator).qualname} at 0x${self.address.toString(16)}>`);

/** A name's setter, as the generator's (`gen_set_name`, `gen_set_qualname`). */
function nameText(attr: string, value: PyObject | null): string {
  if (!(value instanceof PyStr)) throw typeError(`${attr} must be set to a string object`);
  return value.value;
}
addGetSets(abcIteratorType, [
  {
    name: '__name__',
    get: (self) => newStr((self as PyAbcIterator).name),
    set: (self, value) => { (self as PyAbcIterator).name = nameText('__name__', value); },
  },
  {
    name: '__qualname__',
    get: (self) => newStr((self as PyAbcIterator).qualname),
    set: (self, value) => { (self as PyAbcIterator).qualname = nameText('__qualname__', value); },
  },
]);
