/**
 * `traceback`: one entry of an exception's traceback: the frame, the instruction and its line,
 * and the next (inner) entry. Mirrors CPython 3.8 Python/traceback.c `PyTraceBack_Here`.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { frameType, type PyFrame } from './frame.ts';
import { addReadonlyMembers } from './getset.ts';
import { intArg } from './list-methods.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { ValueError } from './exceptions.ts';
import { tpName } from '../runtime/type-name.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { newListStealing } from './list.ts';
import { newStr } from './str.ts';
import { newInt } from './int.ts';
import { None } from './singletons.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** The `traceback` type. */
export const tracebackType: PyType = staticType({ name: 'traceback', basicsize: 40, flags: TPFLAGS_HAVE_GC });

/** A traceback entry; `next` and `frame` are owned. */
export class PyTraceback extends PyObject {
  next: PyTraceback | null;
  frame: PyFrame | null;
  readonly lasti: number;
  readonly lineno: number;

  /**
   * An entry for `frame` at its current instruction (`PyTraceBack_Here`), or at the given
   * `lasti`/`lineno` (`TracebackType(...)`); steals `next`.
   */
  constructor(next: PyTraceback | null, frame: PyFrame, lasti = frame.lasti, lineno = frame.lineno) {
    super(tracebackType, allocateAddress(tracebackType));
    this.next = next;
    this.frame = incref(frame);
    this.lasti = lasti;
    this.lineno = lineno;
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
/** `tb_next_set`: None or a traceback that does not lead back to `self`. */
function setNext(self: PyObject, value: PyObject | null): void {
  const tb = self as PyTraceback;
  if (value === null) throw typeError("can't delete tb_next attribute");
  let next: PyTraceback | null = null;
  if (value !== None) {
    if (!(value instanceof PyTraceback)) throw typeError(`expected traceback object, got '${tpName(value.type)}'`);
    next = value;
  }
  for (let cursor = next; cursor !== null; cursor = cursor.next) {
    if (cursor === tb) throw raiseMessage(ValueError, 'traceback loop detected');
  }
  const old = tb.next;
  tb.next = next === null ? null : incref(next);
  xdecref(old);
}

// `tb_dir`: a traceback lists only its own attributes.
addMethods(tracebackType, [
  { name: '__dir__', kind: 'noargs', impl: () => newListStealing(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno'].map((n) => newStr(n))) },
]);
// `tb_memberlist`: READONLY members, so assigning them says "readonly attribute".
addReadonlyMembers(tracebackType, [
  { name: 'tb_frame', read: (self) => incref((self as PyTraceback).frame ?? None) },
  { name: 'tb_lasti', read: (self) => newInt((self as PyTraceback).lasti) },
  { name: 'tb_lineno', read: (self) => newInt((self as PyTraceback).lineno) },
]);
addGetSets(tracebackType, [
  { name: 'tb_next', get: (self) => incref((self as PyTraceback).next ?? None), set: setNext },
]);

/**
 * `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`: a traceback entry built by hand.
 *
 * @see CPython 3.8 Python/traceback.c `tb_new_impl`
 */
tracebackType.new = (_type, args, kwnames) => {
  // All four are required, so parseArgs has filled every entry.
  const [next, frame, lasti, lineno] = parseArgs('TracebackType', args, kwnames, ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'], 4) as [PyObject, PyObject, PyObject, PyObject];
  if (!frame.type.isSubtype(frameType)) throw typeError(`TracebackType() argument 'tb_frame' must be frame, not ${argTypeName(frame)}`);
  const lastiValue = intArg(lasti);
  const linenoValue = intArg(lineno);
  if (next !== None && !(next instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${tpName(next.type)}'`);
  return new PyTraceback(next instanceof PyTraceback ? incref(next) : null, frame as PyFrame, lastiValue, linenoValue);
};
