/**
 * `code`: a compiled code object as the interpreter uses it: the compiler's {@link CodeObject}
 * with its constants and names turned into objects once, and the line table decoded for
 * tracebacks and `f_lineno`. Each code object keeps the last frame it ran in for reuse, as
 * CPython 3.8's `co_zombieframe` does. Mirrors CPython 3.8 Objects/codeobject.c.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import type { Constant } from '../bytecode/constant.ts';
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { freeFrameMemory, type PyFrame } from './frame.ts';
import { newBytes } from './bytes.ts';
import { newComplex } from './complex.ts';
import { newFloat } from './float.ts';
import { newBool, newInt } from './int.ts';
import { Ellipsis, None } from './singletons.ts';
import { internStr, newStr, type PyStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';

/** The `code` type. */
export const codeType: PyType = staticType({
  name: 'code',
  basicsize: 176,
  doc: 'code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n      flags, codestring, constants, names, varnames, filename, name,\n      firstlineno, lnotab[, freevars[, cellvars]])\n\nCreate a code object.  Not for the faint of heart.',
});

/** CO_* flags (Include/code.h). */
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

/** The slots of {@link PyCode.fields}, by member. */
export const CodeField = { Code: 0, Consts: 1, Names: 2, Varnames: 3, Freevars: 4, Cellvars: 5, Lnotab: 6 } as const;

/** A code object. */
export class PyCode extends PyObject {
  readonly co: CodeObject;
  /** `co_consts` as objects (owned). */
  readonly consts: PyObject[];
  /** `co_names` as interned strs. */
  readonly names: PyStr[];
  /** Interned `co_varnames`, `co_cellvars` + `co_freevars` (the cell and free slot names). */
  readonly varnames: PyStr[];
  readonly cellAndFreeNames: PyStr[];
  /** Index in fast locals of each cell variable that is also an argument, or -1 (`co_cell2arg`). */
  readonly cell2arg: number[] | null;
  /** `co_name`, `co_filename` as strs. */
  readonly name: PyStr;
  readonly filename: PyStr;
  /**
   * The tuple and bytes members (`co_code`, `co_consts`, `co_names`, ...) once read, by
   * {@link CodeField}: CPython's code object holds them, so each read gives the same object.
   */
  readonly fields: (PyObject | undefined)[] = [];
  /** The dead frame kept for reuse (`co_zombieframe`), or null. */
  zombieFrame: PyFrame | null = null;
  /** The code compiled to JS once hot (interpreter/jit.ts), or null. */
  jit: ((f: PyFrame, pc: number) => number) | null = null;
  /** Frame entries and loop iterations counted towards compiling it; -1 once it will not be. */
  warmth = 0;
  /** Slots a frame needs after its header: stack, locals, cells and frees. */
  readonly frameExtras: number;
  /** `(start offset, line)` pairs decoded from `co_lnotab`. */
  readonly #lineStarts: number[];

  /**
   * @param co - the compiled code.
   * @param consts - `co_consts` as objects (borrowed), for a code object made from parts
   * (`code()`, `code.replace`); by default they are made from `co.consts`.
   */
  constructor(co: CodeObject, consts?: readonly PyObject[]) {
    super(codeType, allocateAddress(codeType));
    this.co = co;
    // One compilation's equal constants are one object (`merge_consts_recursive`): the cache
    // lives while the outermost code object, and with it every nested one, is loaded.
    const outermost = constCache === null;
    // The compiler gives every code object of a compilation its one filename object.
    const shared = sharedFilename;
    this.filename = shared !== null && shared.value === co.filename ? incref(shared) : newStr(co.filename);
    if (outermost) {
      constCache = new Map();
      sharedFilename = this.filename;
    }
    try {
      this.consts = consts === undefined ? co.consts.map(constantToObject) : consts.map((c) => incref(c));
    } finally {
      if (outermost) {
        constCache = null;
        sharedFilename = null;
      }
    }
    this.names = co.names.map((n) => internStr(n));
    this.varnames = co.varnames.map((n) => internStr(n));
    this.cellAndFreeNames = [...co.cellvars, ...co.freevars].map((n) => internStr(n));
    this.name = internStr(co.name);
    this.frameExtras = co.stacksize + co.nlocals + co.cellvars.length + co.freevars.length;
    let cell2arg: number[] | null = null;
    const nargs = co.argcount + co.kwonlyargcount + ((co.flags & CO_VARARGS) !== 0 ? 1 : 0) + ((co.flags & CO_VARKEYWORDS) !== 0 ? 1 : 0);
    co.cellvars.forEach((cell, i) => {
      const arg = co.varnames.indexOf(cell);
      if (arg >= 0 && arg < nargs) {
        cell2arg ??= co.cellvars.map(() => -1);
        cell2arg[i] = arg;
      }
    });
    this.cell2arg = cell2arg;
    this.#lineStarts = decodeLnotab(co);
  }

  /** `PyCode_Addr2Line`: the source line of the instruction at byte offset `lasti`. */
  lineAt(lasti: number): number {
    const t = this.#lineStarts;
    let line = this.co.firstlineno;
    for (let i = 0; i < t.length; i += 2) {
      if ((t[i] as number) > lasti) break;
      line = t[i + 1] as number;
    }
    return line;
  }

  /** The decoded line table: pairs of (first offset, line). */
  get lineStarts(): readonly number[] {
    return this.#lineStarts;
  }
}

/** Decodes `co_lnotab` into (offset, line) pairs, the first being (0, co_firstlineno). */
function decodeLnotab(co: CodeObject): number[] {
  const out = [0, co.firstlineno];
  let addr = 0;
  let line = co.firstlineno;
  const tab = co.lnotab;
  for (let i = 0; i + 1 < tab.length; i += 2) {
    const da = tab[i] as number;
    let dl = tab[i + 1] as number;
    if (dl >= 0x80) dl -= 0x100;
    addr += da;
    line += dl;
    if (dl !== 0 || da === 0) {
      // A pure address step keeps the line; a line step records a new start.
    }
    out.push(addr, line);
  }
  return out;
}

/** The constants of the compilation being loaded, by {@link constantKey} (`c_const_cache`). */
let constCache: Map<string, PyObject> | null = null;
/** The filename object of the outermost code object being loaded, shared by the nested ones. */
let sharedFilename: PyStr | null = null;

/**
 * `_PyCode_ConstantKey`: equal keys for constants the compiler merges (same type and value,
 * -0.0 apart from 0.0, a frozenset's items in any order); null for those never merged.
 */
function constantKey(c: Constant): string | null {
  const num = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
  switch (c.kind) {
    case 'None':
    case 'Ellipsis':
    case 'code':
      return null;
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'int':
      return `i${c.value}`;
    case 'float':
      return `f${num(c.value)}`;
    case 'complex':
      return `c${num(c.real)},${num(c.imag)}`;
    case 'str':
      return `s${JSON.stringify(c.value)}`;
    case 'bytes':
      return `b${Array.from(c.value).join(',')}`;
    case 'tuple':
    case 'frozenset': {
      const keys = c.items.map(constantKey);
      if (keys.some((k) => k === null)) return null;
      return c.kind === 'tuple' ? `t(${keys.join(';')})` : `F(${keys.sort().join(';')})`;
    }
  }
}

/** A new reference to the object for a compile-time constant (the compilation's own, if it has one). */
export function constantToObject(c: Constant): PyObject {
  const cache = constCache;
  const key = cache === null ? null : constantKey(c);
  if (cache !== null && key !== null) {
    const known = cache.get(key);
    if (known !== undefined) return incref(known);
    const made = makeConstant(c);
    cache.set(key, made);
    return made;
  }
  return makeConstant(c);
}

function makeConstant(c: Constant): PyObject {
  switch (c.kind) {
    case 'None':
      return incref(None);
    case 'Ellipsis':
      return incref(Ellipsis);
    case 'bool':
      return newBool(c.value);
    case 'int':
      return newInt(c.value);
    case 'float':
      return newFloat(c.value);
    case 'complex':
      return newComplex(c.real, c.imag);
    case 'str':
      return isIdentifierLike(c.value) ? internStr(c.value) : newStr(c.value);
    case 'bytes':
      return newBytes(c.value);
    case 'tuple':
      return newTupleStealing(c.items.map(constantToObject));
    case 'frozenset':
      // PyFrozenSet_New over the tuple it was rebuilt from: the same table, so the same order
      return makeFrozenset((c.added ?? c.items).map(constantToObject));
    case 'code':
      return new PyCode(c.code);
  }
}

/** `all_name_chars`: constants made of name characters are interned by the compiler. */
function isIdentifierLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/** Builds a frozenset constant; installed by the set module (avoids an import cycle). */
export let makeFrozenset: (items: PyObject[]) => PyObject = (items) => newTupleStealing(items);

/** Installs the frozenset constructor used for constants. */
export function setFrozensetMaker(make: (items: PyObject[]) => PyObject): void {
  makeFrozenset = make;
}

codeType.dealloc = (self) => {
  const code = self as PyCode;
  for (const c of code.consts) decref(c);
  for (const f of code.fields) if (f !== undefined) decref(f);
  decref(code.filename);
  if (code.zombieFrame !== null) freeFrameMemory(code.zombieFrame);
  freeObject(self);
};
