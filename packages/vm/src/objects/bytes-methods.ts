/**
 * The methods of `bytes` and `bytearray` (one set of definitions, parameterized by the result
 * type): decode, hex, join, split, rsplit, strip, lstrip, rstrip, startswith,
 * endswith, find, rfind, index, rindex, count, replace, upper, lower. The searching ones run on
 * the Latin-1 text of the bytes (one code unit per byte). Mirrors CPython 3.8
 * Objects/bytesobject.c, Objects/bytes_methods.c and Python/pystrhex.c.
 * @module
 */
import { checkBytesSize } from '../runtime/buffer-alloc.ts';
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { addClassMethods, addMethods, addStaticMethods, orderMethods } from '../runtime/type-defs.ts';
import { bytearrayType, newByteArrayOfType } from './bytearray.ts';
import { bytearrayMutators } from './bytearray-methods.ts';
import { bytearrayReduceDefs } from './bytearray-reduce.ts';
import { hexDef } from './bytes-hex.ts';
import './bytearray-slots.ts';
import './bytes-format.ts';
import { fromhexDef, maketransDef, moreBytesMethodDefs } from './bytes-methods-more.ts';
import { PyBytes, bytesType, newBytes, newFreshBytes } from './bytes.ts';
import { bytesLike, exactBytes } from './bytes-slots.ts';
import { newBool, newInt } from './int.ts';
import { newListStealing } from './list.ts';
import type { NativeDef } from './native-function.ts';
import { None } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { adjustIndices, checkClinicArgs, checkTupleArgs, indexValue, isIndexable, parseKwArgs } from './str-methods-util.ts';
import { ssizeArg } from './list-methods.ts';
import { PyTuple, newTupleStealing } from './tuple.ts';
import { tpName } from '../runtime/type-name.ts';
import { cStringArg, decodeEncodedObject } from './codec-call.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** The Latin-1 text of bytes (one code unit per byte). */
export const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};
/** The bytes of a Latin-1 string. */
export const latin1Bytes = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
};
/** The bytes of a bytes or bytearray `self`. */
export const val = (o: PyObject): Uint8Array => bytesLike(o) ?? new Uint8Array(0);

/** How the shared methods make their results: bytes for bytes, bytearray for bytearray. */
export interface BytesOps {
  /** A new object of the receiver's base type holding `v` (not copied). */
  readonly make: (v: Uint8Array) => PyObject;
  /** Like `make`, for a result C fills in place (bytes: never a shared one-byte bytes). */
  readonly fresh: (v: Uint8Array) => PyObject;
  /** The receiver itself as a result (bytes: itself when exact; bytearray: a copy). */
  readonly same: (self: PyObject) => PyObject;
  /** Refuses a result size before it is allocated (bytes: `_PyBytes_FromSize`'s OverflowError). */
  readonly checkSize?: (size: number) => void;
}
const isAsciiSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** A bytes-like argument or TypeError "a bytes-like object is required, not 'str'". */
export function needBytes(o: PyObject): Uint8Array {
  const b = bytesLike(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${tpName(o.type)}'`);
  return b;
}

/** The sub-argument of find/count/index: bytes-like or an int byte (`parse_args_finds_byte`). */
export function subArg(o: PyObject): string {
  const b = bytesLike(o);
  if (b !== null) return latin1(b);
  if (!isIndexable(o)) throw typeError(`argument should be integer or bytes-like object, not '${tpName(o.type)}'`);
  const v = indexValue(o);
  if (v < 0n || v > 255n) throw valueError('byte must be in range(0, 256)');
  return String.fromCharCode(Number(v));
}

function finder(name: string, reverse: boolean, raise: boolean): NativeDef {
  return {
    name,
    kind: 'fast',
    impl: (self, args) => {
      checkTupleArgs(name, args.length, 1, 3);
      // `parse_args_finds_byte`: start and end are converted before the sub-argument.
      const hay = val(self);
      const [start, end] = adjustIndices(args[1], args[2], hay.length);
      const sub = subArg(args[0] as PyObject);
      let i = -1;
      if (end - start >= sub.length && start <= hay.length) {
        const text = latin1(hay.subarray(start, end));
        const at = reverse ? text.lastIndexOf(sub) : text.indexOf(sub);
        if (at >= 0) i = start + at;
      }
      if (i < 0 && raise) throw valueError('subsection not found');
      return newInt(i);
    },
  };
}

function affix(name: 'startswith' | 'endswith'): NativeDef {
  return {
    name,
    kind: 'fast',
    impl: (self, args) => {
      checkTupleArgs(name, args.length, 1, 3);
      const hay = val(self);
      const [start, end] = adjustIndices(args[1], args[2], hay.length);
      const match = (sub: Uint8Array): boolean => {
        if (end - start < sub.length || start > hay.length) return false;
        const text = latin1(hay.subarray(start, end));
        return name === 'startswith' ? text.startsWith(latin1(sub)) : text.endsWith(latin1(sub));
      };
      const arg = args[0] as PyObject;
      if (arg instanceof PyTuple) {
        for (const item of arg.items) {
          const b = bytesLike(item);
          if (b === null) throw typeError(`a bytes-like object is required, not '${tpName(item.type)}'`);
          if (match(b)) return newBool(true);
        }
        return newBool(false);
      }
      const b = bytesLike(arg);
      if (b === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${tpName(arg.type)}`);
      return newBool(match(b));
    },
  };
}

/** Splits on runs of ASCII whitespace (`stringlib split_whitespace`). */
function splitWhitespace(v: string, maxsplit: number, reverse: boolean): string[] {
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const parts: string[] = [];
  const n = v.length;
  if (!reverse) {
    let i = 0;
    while (maxsplit-- > 0) {
      while (i < n && isAsciiSpace(v.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i;
      while (i < n && !isAsciiSpace(v.charCodeAt(i))) i++;
      parts.push(v.slice(j, i));
    }
    while (i < n && isAsciiSpace(v.charCodeAt(i))) i++;
    if (i < n) parts.push(v.slice(i));
    return parts;
  }
  let i = n - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && isAsciiSpace(v.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !isAsciiSpace(v.charCodeAt(i))) i--;
    parts.push(v.slice(i + 1, j + 1));
  }
  while (i >= 0 && isAsciiSpace(v.charCodeAt(i))) i--;
  if (i >= 0) parts.push(v.slice(0, i + 1));
  return parts.reverse();
}

function splitter(ops: BytesOps, name: 'split' | 'rsplit'): NativeDef {
  return {
    name,
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [sepArg, maxArg] = parseKwArgs(name, args, kwnames, ['sep', 'maxsplit']);
      const maxsplit = maxArg === undefined ? -1 : ssizeArg(maxArg);
      const v = latin1(val(self));
      let parts: string[];
      if (sepArg === undefined || sepArg === None) parts = splitWhitespace(v, maxsplit, name === 'rsplit');
      else {
        const sep = latin1(needBytes(sepArg));
        if (sep.length === 0) throw valueError('empty separator');
        let m = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
        parts = [];
        if (name === 'split') {
          let i = 0;
          for (let j = v.indexOf(sep); m-- > 0 && j >= 0; j = v.indexOf(sep, i)) {
            parts.push(v.slice(i, j));
            i = j + sep.length;
          }
          parts.push(v.slice(i));
        } else {
          let end = v.length;
          while (m-- > 0) {
            const j = end - sep.length < 0 ? -1 : v.lastIndexOf(sep, end - sep.length);
            if (j < 0) break;
            parts.push(v.slice(j + sep.length, end));
            end = j;
          }
          parts.push(v.slice(0, end));
          parts.reverse();
        }
      }
      // stringlib split: an exact bytes goes in the list itself when nothing was split off
      // (see str-methods-search.ts splitList); bytearray copies, so `same` covers both.
      const whitespaceLoopRan = (sepArg !== undefined && sepArg !== None) || maxsplit !== 0;
      if (whitespaceLoopRan && parts.length === 1 && parts[0] === v) return newListStealing([ops.same(self)]);
      return newListStealing(parts.map((p) => ops.make(latin1Bytes(p))));
    },
  };
}

function stripper(ops: BytesOps, name: 'strip' | 'lstrip' | 'rstrip'): NativeDef {
  return {
    name,
    kind: 'fast',
    impl: (self, args) => {
      checkClinicArgs(name, args.length, 0, 1);
      const b = val(self);
      const arg = args[0];
      const set = arg === undefined || arg === None ? null : needBytes(arg);
      const strip = (c: number): boolean => (set === null ? isAsciiSpace(c) : set.includes(c));
      let i = 0;
      let j = b.length;
      if (name !== 'rstrip') while (i < j && strip(b[i] as number)) i++;
      if (name !== 'lstrip') while (j > i && strip(b[j - 1] as number)) j--;
      return i === 0 && j === b.length ? ops.same(self) : ops.make(b.slice(i, j));
    },
  };
}

/** The methods bytes and bytearray share. */
export function bytesMethodDefs(ops: BytesOps): NativeDef[] {
  return [
  {
    name: 'decode',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [enc, err] = parseKwArgs('decode', args, kwnames, ['encoding', 'errors']);
      if (enc !== undefined && !(enc instanceof PyStr)) throw typeError(`decode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
      const encoding = enc === undefined ? 'utf-8' : cStringArg(enc);
      if (err !== undefined && !(err instanceof PyStr)) throw typeError(`decode() argument 'errors' must be str, not ${argTypeName(err)}`);
      return newStr(decodeEncodedObject(val(self), encoding, err === undefined ? 'strict' : cStringArg(err)));
    },
  },
  hexDef(val),
  {
    name: 'join',
    kind: 'o',
    impl: (self, args) => {
      const items = sequenceToArray(args[0] as PyObject, 'can only join an iterable');
      try {
        // stringlib join: bytes joining one exact bytes hands that item back.
        const only = items[0];
        if (items.length === 1 && only?.type === bytesType && self instanceof PyBytes) return incref(only);
        const sep = latin1(val(self));
        const parts = items.map((o, i) => {
          const b = bytesLike(o);
          if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${tpName(o.type)} found`);
          return latin1(b);
        });
        return ops.fresh(latin1Bytes(parts.join(sep)));
      } finally {
        for (const o of items) decref(o);
      }
    },
  },
  splitter(ops, 'split'),
  splitter(ops, 'rsplit'),
  stripper(ops, 'strip'),
  stripper(ops, 'lstrip'),
  stripper(ops, 'rstrip'),
  affix('startswith'),
  affix('endswith'),
  finder('find', false, false),
  finder('rfind', true, false),
  finder('index', false, true),
  finder('rindex', true, true),
  {
    name: 'count',
    kind: 'fast',
    impl: (self, args) => {
      checkTupleArgs('count', args.length, 1, 3);
      // `parse_args_finds_byte`: start and end are converted before the sub-argument.
      const hay = val(self);
      const [start, end] = adjustIndices(args[1], args[2], hay.length);
      const sub = subArg(args[0] as PyObject);
      if (start > hay.length || end < start) return newInt(0);
      if (sub.length === 0) return newInt(end - start + 1);
      const text = latin1(hay.subarray(start, end));
      let n = 0;
      for (let i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + sub.length)) n++;
      return newInt(n);
    },
  },
  {
    name: 'replace',
    kind: 'fast',
    impl: (self, args) => {
      checkClinicArgs('replace', args.length, 2, 3);
      const old = latin1(needBytes(args[0] as PyObject));
      const rep = latin1(needBytes(args[1] as PyObject));
      let count = args[2] === undefined ? -1 : ssizeArg(args[2]);
      const v = latin1(val(self));
      // stringlib_replace returns the receiver itself (`return_self`) when there is nothing to
      // do: no replacements asked, an empty receiver with a count given (not the default),
      // an empty old and new, or no match.
      if (count < 0) count = Number.MAX_SAFE_INTEGER;
      else if (v.length === 0) return ops.same(self);
      if (count === 0 || (old.length === 0 && rep.length === 0) || (old.length > 0 && !v.includes(old))) return ops.same(self);
      let out = '';
      if (old.length === 0) {
        let k = 0;
        for (; k < v.length && count > 0; k++, count--) out += rep + v.charAt(k);
        if (count > 0 && k === v.length) out += rep;
        out += v.slice(k);
      } else {
        let i = 0;
        while (count-- > 0) {
          const j = v.indexOf(old, i);
          if (j < 0) break;
          out += v.slice(i, j) + rep;
          i = j + old.length;
        }
        out += v.slice(i);
      }
      return ops.fresh(latin1Bytes(out));
    },
  },
  { name: 'upper', kind: 'noargs', impl: (self) => ops.fresh(val(self).map((c) => (c >= 0x61 && c <= 0x7a ? c - 32 : c))) },
  { name: 'lower', kind: 'noargs', impl: (self) => ops.fresh(val(self).map((c) => (c >= 0x41 && c <= 0x5a ? c + 32 : c))) },
  ...moreBytesMethodDefs(ops),
  ];
}

addMethods(bytesType, [
  // `bytes_getnewargs`: the value as a new exact bytes, for copy and pickle.
  { name: '__getnewargs__', kind: 'noargs', impl: (self) => newTupleStealing([newBytes(val(self).slice())]) },
  ...bytesMethodDefs({ make: newBytes, fresh: newFreshBytes, same: (self) => exactBytes(self as PyBytes), checkSize: checkBytesSize }),
]);
addMethods(bytearrayType, [
  ...bytesMethodDefs({ make: (v) => newByteArrayOfType(bytearrayType, v), fresh: (v) => newByteArrayOfType(bytearrayType, v), same: (self) => newByteArrayOfType(bytearrayType, val(self)) }),
  ...bytearrayMutators,
  ...bytearrayReduceDefs,
]);
addClassMethods(bytesType, [fromhexDef('bytes')]);
addClassMethods(bytearrayType, [fromhexDef('bytearray')]);
addStaticMethods(bytesType, [maketransDef]);
addStaticMethods(bytearrayType, [maketransDef]);

// `bytes`'s `tp_methods` order, which `vars(bytes)` shows.
orderMethods(bytesType, `__getnewargs__ capitalize center count decode endswith expandtabs find
  fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust
  lower lstrip maketrans partition replace rfind rindex rjust rpartition rsplit rstrip split
  splitlines startswith strip swapcase title translate upper zfill`);

// `bytearray`'s `tp_methods` order, which `vars(bytearray)` shows.
orderMethods(bytearrayType, `__alloc__ __reduce__ __reduce_ex__ __sizeof__ append capitalize center
  clear copy count decode endswith expandtabs extend find fromhex hex index insert isalnum isalpha
  isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition pop
  remove replace reverse rfind rindex rjust rpartition rsplit rstrip split splitlines startswith
  strip swapcase title translate upper zfill`);
