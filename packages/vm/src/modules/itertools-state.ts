/**
 * The state object shared by the itertools iterator types (the fields of CPython 3.8
 * Modules/itertoolsmodule.c's `countobject`, `cycleobject`, ... folded into one class).
 * @module
 */
import { TPFLAGS_BASETYPE, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { HolderObject, allocate, holderType } from './functools-args.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';

/** The state of the simple itertools iterators: an iterator, a function, values and counters. */
export class IterState extends HolderObject {
  it: PyObject | null = null;
  func: PyObject | null = null;
  a: PyObject | null = null;
  b: PyObject | null = null;
  saved: PyObject[] = [];
  n = 0;
  m = 0;
  cnt = 0;
  step = 1;
  flag = false;

  override refs(): (PyObject | null)[] {
    return [this.it, this.func, this.a, this.b, ...this.saved];
  }

  override drop(): void {
    this.it = this.func = this.a = this.b = null;
    this.saved = [];
  }
}

/** An itertools iterator type (`tp_iter` returns self). */
export function iterType(name: string, basicsize: number, base = true): PyType {
  const t = holderType({ name, module: 'itertools', basicsize, flags: base ? TPFLAGS_BASETYPE : 0 });
  t.iter = (self) => incref(self);
  markDottedTypeName(t);
  return t;
}

/** A new state object of `type`. */
export function newState(type: PyType): IterState {
  return allocate(type, (a) => new IterState(type, a));
}

