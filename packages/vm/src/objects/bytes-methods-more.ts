/**
 * More methods shared by `bytes` and `bytearray`: center, ljust, rjust, zfill, partition,
 * rpartition, splitlines, expandtabs, translate, the ASCII `is*` predicates, title, capitalize,
 * swapcase, and the `fromhex` class method and `maketrans` static method. Mirrors CPython 3.8
 * Objects/bytes_methods.c, Objects/bytesobject.c and Objects/stringlib (transmogrify.h, ctype.h).
 * @module
 */
import { allocBuffer } from '../runtime/buffer-alloc.ts';
import { callObject } from '../runtime/call.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { PyByteArray, bytearrayType, newByteArrayOfType } from './bytearray.ts';
import { bytesType, newBytes } from './bytes.ts';
import { bytesLike } from './bytes-slots.ts';
import { newBool } from './int.ts';
import { newListStealing } from './list.ts';
import type { NativeDef } from './native-function.ts';
import { None } from './singletons.ts';
import { PyStr } from './str.ts';
import { checkClinicArgs, parseKwArgs } from './str-methods-util.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { intArg, ssizeArg } from './list-methods.ts';
import { newTupleStealing } from './tuple.ts';
import { tpName } from '../runtime/type-name.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** Result makers (see bytes-methods.ts `BytesOps`). */
interface Ops {
  readonly make: (v: Uint8Array) => PyObject;
  readonly fresh: (v: Uint8Array) => PyObject;
  readonly same: (self: PyObject) => PyObject;
  readonly checkSize?: (size: number) => void;
}

const val = (o: PyObject): Uint8Array => bytesLike(o) ?? new Uint8Array(0);
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const swap = (c: number): number => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c);

/** The fill byte of center/ljust/rjust ("argument 2 must be a byte string of length 1"). */
function fillByte(name: string, o: PyObject | undefined): number {
  if (o === undefined) return 0x20;
  const b = bytesLike(o);
  if (b === null || b.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${argTypeName(o)}`);
  return b[0] as number;
}

/** `pad(self, left, right, fill)`. */
function pad(b: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = allocBuffer(left + b.length + right).fill(fill);
  out.set(b, left);
  return out;
}

function justifier(ops: Ops, name: 'center' | 'ljust' | 'rjust'): NativeDef {
  return {
    name, kind: 'fast',
    impl: (self, args) => {
      checkClinicArgs(name, args.length, 1, 2);
      const width = ssizeArg(args[0] as PyObject);
      const fill = fillByte(name, args[1]);
      const b = val(self);
      if (b.length >= width) return ops.same(self);
      const marg = width - b.length;
      ops.checkSize?.(width);
      if (name === 'ljust') return ops.fresh(pad(b, 0, marg, fill));
      if (name === 'rjust') return ops.fresh(pad(b, marg, 0, fill));
      const left = Math.floor(marg / 2) + (marg & width & 1);
      return ops.fresh(pad(b, left, marg - left, fill));
    },
  };
}

function partitioner(ops: Ops, name: 'partition' | 'rpartition'): NativeDef {
  return {
    name, kind: 'o',
    impl: (self, args) => {
      const arg = args[0] as PyObject;
      const sep = bytesLike(arg);
      if (sep === null) throw typeError(`a bytes-like object is required, not '${tpName(arg.type)}'`);
      if (sep.length === 0) throw valueError('empty separator');
      const b = val(self);
      const text = String.fromCharCode(...b);
      const needle = String.fromCharCode(...sep);
      const i = name === 'partition' ? text.indexOf(needle) : text.lastIndexOf(needle);
      const empty = (): PyObject => ops.make(new Uint8Array(0));
      // stringlib partition: bytes hands back its own object and the separator object itself
      // (whatever buffer it is); bytearray (STRINGLIB_MUTABLE) makes new bytearrays of both.
      const mutable = self instanceof PyByteArray;
      if (i < 0) {
        const whole = mutable ? ops.make(b.slice()) : incref(self);
        return newTupleStealing(name === 'partition' ? [whole, empty(), empty()] : [empty(), empty(), whole]);
      }
      return newTupleStealing([ops.make(b.slice(0, i)), mutable ? ops.make(sep.slice()) : incref(arg), ops.make(b.slice(i + sep.length))]);
    },
  };
}

function predicate(name: string, test: (b: Uint8Array) => boolean): NativeDef {
  return { name, kind: 'noargs', impl: (self) => newBool(test(val(self))) };
}

function istitle(b: Uint8Array): boolean {
  let cased = false;
  let previousCased = false;
  for (const c of b) {
    if (isUpper(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLower(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

function title(b: Uint8Array): Uint8Array {
  let previousCased = false;
  return b.map((c) => {
    const out = isLower(c) ? (previousCased ? c : c - 32) : isUpper(c) ? (previousCased ? c + 32 : c) : c;
    previousCased = isAlpha(c);
    return out;
  });
}

/** The methods of this file for bytes or bytearray. */
export function moreBytesMethodDefs(ops: Ops): NativeDef[] {
  return [
    justifier(ops, 'center'),
    justifier(ops, 'ljust'),
    justifier(ops, 'rjust'),
    partitioner(ops, 'partition'),
    partitioner(ops, 'rpartition'),
    {
      name: 'zfill', kind: 'o',
      impl: (self, args) => {
        const width = ssizeArg(args[0] as PyObject);
        const b = val(self);
        if (b.length >= width) return ops.same(self);
        const fill = width - b.length;
        ops.checkSize?.(width);
        const out = pad(b, fill, 0, 0x30);
        if (out[fill] === 0x2b || out[fill] === 0x2d) {
          out[0] = out[fill];
          out[fill] = 0x30;
        }
        return ops.fresh(out);
      },
    },
    {
      name: 'splitlines', kind: 'fastkw',
      impl: (self, args, kwnames) => {
        const [keepArg] = parseKwArgs('splitlines', args, kwnames, ['keepends']);
        const keep = keepArg !== undefined && intArg(keepArg) !== 0;
        const b = val(self);
        const parts: PyObject[] = [];
        let i = 0;
        while (i < b.length) {
          let j = i;
          while (j < b.length && b[j] !== 0x0a && b[j] !== 0x0d) j++;
          let eol = j;
          if (j < b.length) eol = b[j] === 0x0d && b[j + 1] === 0x0a ? j + 2 : j + 1;
          // The first line spanning the whole receiver is the receiver itself (stringlib splitlines).
          parts.push(i === 0 && (keep ? eol : j) === b.length ? ops.same(self) : ops.make(b.slice(i, keep ? eol : j)));
          i = eol;
        }
        return newListStealing(parts);
      },
    },
    {
      name: 'expandtabs', kind: 'fastkw',
      impl: (self, args, kwnames) => {
        const [tabArg] = parseKwArgs('expandtabs', args, kwnames, ['tabsize']);
        const tabsize = tabArg === undefined ? 8 : intArg(tabArg);
        const out: number[] = [];
        let col = 0;
        for (const c of val(self)) {
          if (c === 0x09) {
            if (tabsize > 0) {
              const n = tabsize - (col % tabsize);
              for (let k = 0; k < n; k++) out.push(0x20);
              col += n;
            }
          } else {
            out.push(c);
            col = c === 0x0a || c === 0x0d ? 0 : col + 1;
          }
        }
        return ops.fresh(Uint8Array.from(out));
      },
    },
    {
      name: 'translate', kind: 'fastkw',
      impl: (self, args, kwnames) => {
        const [tableArg, deleteArg] = parseArgs('translate', args, kwnames, ['table', 'delete'], 1, 1);
        let table: Uint8Array | null = null;
        if (tableArg !== undefined && tableArg !== None) {
          table = bytesLike(tableArg);
          if (table === null) throw typeError(`a bytes-like object is required, not '${tpName(tableArg.type)}'`);
          if (table.length !== 256) throw valueError('translation table must be 256 characters long');
        }
        let del: Uint8Array = new Uint8Array(0);
        if (deleteArg !== undefined) {
          const d = bytesLike(deleteArg);
          if (d === null) throw typeError(`a bytes-like object is required, not '${tpName(deleteArg.type)}'`);
          del = d;
        }
        const out: number[] = [];
        let changed = false;
        for (const c of val(self)) {
          if (del.includes(c)) changed = true;
          else {
            const t = table === null ? c : (table[c] as number);
            if (t !== c) changed = true;
            out.push(t);
          }
        }
        // `bytes_translate_impl` hands back an exact bytes itself when no byte changed.
        return changed ? ops.fresh(Uint8Array.from(out)) : ops.same(self);
      },
    },
    predicate('isalnum', (b) => b.length > 0 && b.every((c) => isAlpha(c) || isDigit(c))),
    predicate('isalpha', (b) => b.length > 0 && b.every(isAlpha)),
    predicate('isascii', (b) => b.every((c) => c < 0x80)),
    predicate('isdigit', (b) => b.length > 0 && b.every(isDigit)),
    predicate('isspace', (b) => b.length > 0 && b.every(isSpace)),
    predicate('islower', (b) => b.some(isLower) && !b.some(isUpper)),
    predicate('isupper', (b) => b.some(isUpper) && !b.some(isLower)),
    predicate('istitle', istitle),
    { name: 'title', kind: 'noargs', impl: (self) => ops.fresh(title(val(self))) },
    { name: 'swapcase', kind: 'noargs', impl: (self) => ops.fresh(val(self).map(swap)) },
    {
      name: 'capitalize', kind: 'noargs',
      impl: (self) => ops.fresh(val(self).map((c, i) => (i === 0 ? (isLower(c) ? c - 32 : c) : isUpper(c) ? c + 32 : c))),
    },
  ];
}

/** `_PyBytes_FromHex`: the bytes of a hex string (whitespace between bytes allowed). */
function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  const hexv = (c: string | undefined): number => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  let i = 0;
  while (i < s.length) {
    if (isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const top = hexv(s[i]);
    if (top < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const bottom = hexv(s[i + 1]);
    if (bottom < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(top * 16 + bottom);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** `bytes.fromhex` / `bytearray.fromhex` (class methods: a subclass is called with the result). */
export function fromhexDef(base: 'bytes' | 'bytearray'): NativeDef {
  return {
    name: 'fromhex', kind: 'o',
    impl: (cls, args) => {
      const arg = args[0] as PyObject;
      if (!(arg instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${argTypeName(arg)}`);
      const v = fromHex(arg.value);
      const baseType = base === 'bytes' ? bytesType : bytearrayType;
      const made = base === 'bytes' ? newBytes(v) : newByteArrayOfType(bytearrayType, v);
      if (cls === baseType) return made;
      try {
        return callObject(cls, [made], null);
      } finally {
        decref(made);
      }
    },
  };
}

/** `bytes.maketrans(frm, to)` (static). */
export const maketransDef: NativeDef = {
  name: 'maketrans', kind: 'fast',
  impl: (_self, args) => {
    checkClinicArgs('maketrans', args.length, 2, 2);
    const [a, b] = args.map((o) => {
      const v = bytesLike(o);
      if (v === null) throw typeError(`a bytes-like object is required, not '${tpName(o.type)}'`);
      return v;
    });
    if (a === undefined || b === undefined || a.length !== b.length) throw valueError('maketrans arguments must have same length');
    const table = new Uint8Array(256).map((_, i) => i);
    a.forEach((c, i) => (table[c] = b[i] as number));
    return newBytes(table);
  },
};
