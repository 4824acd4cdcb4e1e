/**
 * `traceback`: one entry of an exception's traceback: the frame, the instruction and its line,
 * and the next (inner) entry. Mirrors CPython 3.8 Python/traceback.c `PyTraceBack_Here`.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import type { PyFrame } from './frame.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { newListStealing } from './list.ts';
import { newStr } from './str.ts';
import { newInt } from './int.ts';
import { None } from './singletons.ts';

/** The `traceback` type. */
export const tracebackType: PyType = staticType({ name: 'traceback', basicsize: 40, flags: TPFLAGS_HAVE_GC });

/** A traceback entry; `next` and `frame` are owned. */
export class PyTraceback extends PyObject {
  next: PyTraceback | null;
  frame: PyFrame | null;
  readonly lasti: number;
  readonly lineno: number;

  constructor(next: PyTraceback | null, frame: PyFrame) {
    super(tracebackType, allocateAddress(tracebackType));
    this.next = next;
    this.frame = incref(frame);
    this.lasti = frame.lasti;
    this.lineno = frame.lineno;
  }
}

/** `tb_clear`: drops the next entry and the frame. */
function clearTraceback(self: PyObject): void {
  const tb = self as PyTraceback;
  const next = tb.next;
  const frame = tb.frame;
  tb.next = null;
  tb.frame = null;
  xdecref(next);
  xdecref(frame);
}

tracebackType.clear = clearTraceback;
tracebackType.dealloc = (self) => {
  clearTraceback(self);
  freeObject(self);
};
tracebackType.traverse = (self, visit) => {
  const tb = self as PyTraceback;
  if (tb.next !== null) visit(tb.next);
  if (tb.frame !== null) visit(tb.frame);
};

tracebackType.weakrefable = false;
addGetSets(tracebackType, [
  { name: 'tb_next', get: (self) => incref((self as PyTraceback).next ?? None) },
  { name: 'tb_frame', get: (self) => incref((self as PyTraceback).frame ?? None) },
  { name: 'tb_lasti', get: (self) => newInt((self as PyTraceback).lasti) },
  { name: 'tb_lineno', get: (self) => newInt((self as PyTraceback).lineno) },
]);
// `tb_dir`: a traceback lists only its own attributes.
addMethods(tracebackType, [
  { name: '__dir__', kind: 'noargs', impl: () => newListStealing(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno'].map((n) => newStr(n))) },
]);
