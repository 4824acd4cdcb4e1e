/**
 * `s + t` and `s += t` on two exact strs, as CPython 3.8's BINARY_ADD and INPLACE_ADD do them
 * (ceval.c `unicode_concatenate`, then `PyUnicode_Append`). When the next instruction stores the
 * result into the variable that holds the left operand (STORE_FAST, STORE_DEREF, or STORE_NAME
 * into an exact dict) and that variable and the stack are its only holders, the variable lets
 * go of it first (a STORE_NAME deletes the name, so it comes back last in the namespace's order).
 * A str then held by nothing but the stack, never hashed, with room for the right operand's
 * characters, grows in place: its block is reallocated, so `id(s)` stays while it still fits.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { PyDict, dictDel, dictGet, dictType } from '../objects/dict.ts';
import type { PyFrame } from '../objects/frame.ts';
import { concatStr, type PyStr } from '../objects/str.ts';
import type { PyObject } from '../runtime/object.ts';
import { checkSize } from '../objects/str-slots.ts';
import { cellAt } from './ops-names.ts';

/**
 * The concatenation of `v` and `w`, both exact strs (a new reference; `v` and `w` stay the
 * caller's to drop), where the instruction after is `nextOpcode` with `nextOparg`.
 */
export function concatenateStrs(f: PyFrame, v: PyStr, w: PyStr, nextOpcode: number, nextOparg: number): PyObject {
  if (v.refcnt === 2) letGo(f, v, nextOpcode, nextOparg);
  if (v.value.length === 0) {
    w.refcnt++;
    return w;
  }
  if (w.value.length === 0) {
    v.refcnt++;
    return v;
  }
  checkSize(v.value.length + w.value.length, 'strings are too large to concat');
  // The caller's stack reference is the only one left (`unicode_modifiable`); interned and
  // singleton strs are immortal.
  if (v.refcnt === 1 && !v.hashed && w.kind <= v.kind) {
    v.grow(w);
    v.refcnt++;
    return v;
  }
  return concatStr(v, w);
}

/** Clears the variable the next instruction stores into, if it holds `v` (`unicode_concatenate`). */
function letGo(f: PyFrame, v: PyStr, opcode: number, oparg: number): void {
  switch (opcode) {
    case Op.STORE_FAST:
      if (f.fast[oparg] === v) {
        f.fast[oparg] = null;
        v.refcnt--;
      }
      return;
    case Op.STORE_DEREF: {
      const cell = cellAt(f, oparg);
      if (cell.contents === v) {
        cell.contents = null;
        v.refcnt--;
      }
      return;
    }
    case Op.STORE_NAME: {
      const locals = f.locals;
      const name = f.code.names[oparg] as PyObject;
      if (locals instanceof PyDict && locals.type === dictType && dictGet(locals, name) === v) dictDel(locals, name);
      return;
    }
    default:
  }
}
