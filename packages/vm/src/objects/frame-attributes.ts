/**
 * The Python-visible attributes of frames (`f_lasti`, `f_lineno`, `f_back`, `f_code`,
 * `f_locals`, `f_globals`, `f_builtins`, `f_trace`, `clear()`) and of code objects (`co_*`).
 * Mirrors CPython 3.8 Objects/frameobject.c `frame_getsetlist`, `frame_memberlist` and
 * Objects/codeobject.c `code_memberlist`.
 * @module
 */
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { finalizeGenerator } from '../runtime/gen-core.ts';
import * as E from './exceptions.ts';
import { incref, xdecref, type PyObject } from '../runtime/object.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { newBytes } from './bytes.ts';
import { CO_OPTIMIZED, CodeField, PyCode, codeType } from './code.ts';
import { dictDelStr, dictSetStr, isDict, newDict, type PyDict } from './dict.ts';
import { PyFrame, clearFrameContents, frameTrace, frameType } from './frame.ts';
import { False, True, newBool, newInt } from './int.ts';
import { addReadonlyMembers, type GetSetDef, type ReadonlyMemberDef } from './getset.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';
import { PyCell } from './cell.ts';
import { setFrameLineno } from './frame-setlineno.ts';

/** `PyFrame_FastToLocals`: the locals of an optimized frame as a dict (a new reference). */
export function frameLocals(f: PyFrame): PyObject {
  const co = f.code.co;
  if ((co.flags & CO_OPTIMIZED) === 0 && f.locals !== null) return incref(f.locals);
  const current = f.locals;
  let dict: PyDict;
  if (current !== null && isDict(current)) {
    dict = current;
  } else {
    dict = newDict();
    f.locals = dict;
  }
  // `map_to_dict`: bound names are set, unbound ones removed, every time it is asked for.
  const sync = (name: string, v: PyObject | null): void => {
    if (v === null) dictDelStr(dict, name);
    else dictSetStr(dict, name, v);
  };
  co.varnames.forEach((name, i) => {
    sync(name, f.fast[i] ?? null);
  });
  [...co.cellvars, ...co.freevars].forEach((name, i) => {
    const cell = f.fast[co.nlocals + i];
    sync(name, cell instanceof PyCell ? cell.contents : null);
  });
  return incref(dict);
}

/** `f_trace_lines` and `f_trace_opcodes` (`T_BOOL` members). */
function traceFlag(name: string, field: 'lines' | 'opcodes'): ReadonlyMemberDef {
  return {
    name,
    read: (self) => newBool((self as PyFrame).traceInfo?.[field] ?? field === 'lines'),
    write: (self, value) => {
      if (value === null) throw typeError("can't delete numeric/char attribute");
      if (value !== True && value !== False) throw typeError('attribute value type must be bool');
      frameTrace(self as PyFrame)[field] = value === True;
    },
  };
}

/** `f_trace`: the local trace function, or None. */
const frameTraceAttribute: GetSetDef = {
  name: 'f_trace',
  get: (self) => incref((self as PyFrame).traceInfo?.func ?? None),
  set: (self, value) => {
    // `frame_settrace`: f_lineno is made accurate first (it is read from the frame while f_trace is set).
    const f = self as PyFrame;
    const t = frameTrace(f);
    t.lineno = f.lineno;
    const old = t.func;
    t.func = value === null || value === None ? null : incref(value);
    xdecref(old);
  },
};

// `frame_memberlist`, then `frame_getsetlist`.
addReadonlyMembers(frameType, [
  { name: 'f_back', read: (self) => incref((self as PyFrame).back ?? None) },
  { name: 'f_code', read: (self) => incref((self as PyFrame).code) },
  { name: 'f_builtins', read: (self) => incref((self as PyFrame).builtins) },
  { name: 'f_globals', read: (self) => incref((self as PyFrame).globals) },
  { name: 'f_lasti', read: (self) => newInt((self as PyFrame).lasti) },
  traceFlag('f_trace_lines', 'lines'),
  traceFlag('f_trace_opcodes', 'opcodes'),
]);
addGetSets(frameType, [
  { name: 'f_locals', get: (self) => frameLocals(self as PyFrame) },
  { name: 'f_lineno', get: (self) => newInt((self as PyFrame).lineno), set: (self, value) => { setFrameLineno(self as PyFrame, value); } },
  frameTraceAttribute,
]);
addMethods(frameType, [
  {
    name: 'clear', kind: 'noargs',
    impl: (self) => {
      // `frame_clear`: a suspended generator's frame finalizes the generator first (its
      // `finally` runs, or an unstarted coroutine warns), then `frame_tp_clear` marks the frame
      // defunct and drops its locals and stack.
      const f = self as PyFrame;
      if (f.executing) throw raiseMessage(E.RuntimeError, 'cannot clear an executing frame');
      if (f.gen !== null) finalizeGenerator(f.gen);
      f.finished = true;
      clearFrameContents(f);
      return incref(None);
    },
  },
  // `frame_sizeof`: the object with its locals, cells, free variables and value stack (one slot of
  // which the struct holds itself).
  { name: '__sizeof__', kind: 'noargs', impl: (self) => newInt(frameType.basicsize + frameType.itemsize * ((self as PyFrame).code.frameExtras - 1)) },
]);
frameType.repr = (self) => {
  const f = self as PyFrame;
  return newStr(`<frame at 0x${f.address.toString(16)}, file '${f.code.filename.value}', line ${f.lineno}, code ${f.code.co.name}>`);
};

const names = (list: readonly string[]): PyObject => newTupleStealing(list.map((n) => newStr(n)));

/** How each of {@link PyCode.fields} is made, by {@link CodeField} slot. */
const FIELD_MAKERS: readonly ((c: PyCode) => PyObject)[] = [
  (c) => newBytes(c.co.code),
  (c) => newTupleStealing(c.consts.map((k) => incref(k))),
  (c) => names(c.co.names),
  (c) => names(c.co.varnames),
  (c) => names(c.co.freevars),
  (c) => names(c.co.cellvars),
  (c) => newBytes(c.co.lnotab),
];

/** A tuple or bytes member of a code object ({@link CodeField}): made on first read, then the same object (a new reference). */
export function codeField(self: PyObject, slot: number): PyObject {
  const c = self as PyCode;
  let v = c.fields[slot];
  if (v === undefined) {
    v = (FIELD_MAKERS[slot] as (c: PyCode) => PyObject)(c);
    c.fields[slot] = v;
  }
  return incref(v);
}

// `code_memberlist`: READONLY members ("readonly attribute"), in CPython's order.
addReadonlyMembers(codeType, [
  { name: 'co_argcount', read: (self) => newInt((self as PyCode).co.argcount) },
  { name: 'co_posonlyargcount', read: (self) => newInt((self as PyCode).co.posonlyargcount) },
  { name: 'co_kwonlyargcount', read: (self) => newInt((self as PyCode).co.kwonlyargcount) },
  { name: 'co_nlocals', read: (self) => newInt((self as PyCode).co.nlocals) },
  { name: 'co_stacksize', read: (self) => newInt((self as PyCode).co.stacksize) },
  { name: 'co_flags', read: (self) => newInt((self as PyCode).co.flags) },
  { name: 'co_code', read: (self) => codeField(self, CodeField.Code) },
  { name: 'co_consts', read: (self) => codeField(self, CodeField.Consts) },
  { name: 'co_names', read: (self) => codeField(self, CodeField.Names) },
  { name: 'co_varnames', read: (self) => codeField(self, CodeField.Varnames) },
  { name: 'co_freevars', read: (self) => codeField(self, CodeField.Freevars) },
  { name: 'co_cellvars', read: (self) => codeField(self, CodeField.Cellvars) },
  { name: 'co_filename', read: (self) => incref((self as PyCode).filename) },
  { name: 'co_name', read: (self) => incref((self as PyCode).name) },
  { name: 'co_firstlineno', read: (self) => newInt((self as PyCode).co.firstlineno) },
  { name: 'co_lnotab', read: (self) => codeField(self, CodeField.Lnotab) },
]);
codeType.repr = (self) => {
  const c = self as PyCode;
  return newStr(`<code object ${c.co.name} at 0x${c.address.toString(16)}, file "${c.co.filename}", line ${c.co.firstlineno}>`);
};
