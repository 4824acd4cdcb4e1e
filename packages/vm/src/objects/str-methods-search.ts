/**
 * The searching and splitting methods of `str`: find, rfind, index, rindex, count, startswith,
 * endswith, split, rsplit, splitlines, join, replace, partition, rpartition, strip, lstrip,
 * rstrip. Positions count code points. Mirrors CPython 3.8 Objects/unicodeobject.c and
 * Objects/stringlib/{find,count,split,partition}.h.
 * @module
 */
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { tpName } from '../runtime/type-name.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { addMethods, orderMethods } from '../runtime/type-defs.ts';
import type { NativeDef } from './native-function.ts';
import { newBool, newInt } from './int.ts';
import { newListStealing } from './list.ts';
import { None } from './singletons.ts';
import { PyStr, newFreshStr, newStr, strType } from './str.ts';
import { exactStr } from './str-slots.ts';
import { newTupleStealing, PyTuple } from './tuple.ts';
import { adjustIndices, checkClinicArgs, checkTupleArgs, cpOffset, expectStr, isLineBreakUnit, isSpaceUnit, parseKwArgs, unitOffset } from './str-methods-util.ts';
import { intArg, ssizeArg } from './list-methods.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** `any_find_slice`: the code point index of `sub` in `s[start:end]` (indices adjusted), or -1. */
export function findIn(s: PyStr, sub: string, start: number, end: number, reverse: boolean): number {
  const subLen = sub.length === 0 ? 0 : new PyStr(strType, sub, 0).length;
  if (end - start < subLen || start > s.length) return -1;
  const us = unitOffset(s, start);
  const ue = unitOffset(s, end);
  const hay = s.value.slice(us, ue);
  const at = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (at < 0) return -1;
  return start + cpOffset(hay, at, s.isBmpOnly);
}

/** `count`: non-overlapping occurrences in `s[start:end]` (indices adjusted). */
export function countIn(s: PyStr, sub: string, start: number, end: number): number {
  if (start > s.length || end < start) return 0;
  if (sub.length === 0) return end - start + 1;
  const hay = s.value.slice(unitOffset(s, start), unitOffset(s, end));
  let n = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) n++;
  return n;
}

function finder(name: string, reverse: boolean, raise: boolean): NativeDef {
  return {
    name,
    kind: 'fast',
    impl: (self, args) => {
      checkTupleArgs(name, args.length, 1, 3);
      // `stringlib_parse_args_finds` converts the slice indices before the substring is checked.
      const [start, end] = adjustIndices(args[1], args[2], (self as PyStr).length);
      const sub = expectStr(args[0] as PyObject);
      const i = findIn(self as PyStr, sub.value, start, end, reverse);
      if (i < 0 && raise) throw valueError('substring not found');
      return newInt(i);
    },
  };
}

/** `tailmatch`: whether `s[start:end]` (indices adjusted) starts (or ends) with `sub`. */
function tailMatch(s: PyStr, sub: PyStr, start: number, end: number, atEnd: boolean): boolean {
  if (end - start < sub.length || start > s.length) return false;
  if (sub.length === 0) return true;
  const hay = s.value.slice(unitOffset(s, start), unitOffset(s, end));
  return atEnd ? hay.endsWith(sub.value) : hay.startsWith(sub.value);
}

function affix(name: 'startswith' | 'endswith'): NativeDef {
  return {
    name,
    kind: 'fast',
    impl: (self, args) => {
      checkTupleArgs(name, args.length, 1, 3);
      const arg = args[0] as PyObject;
      const s = self as PyStr;
      // The slice indices are converted once, before the prefix is looked at.
      const [start, end] = adjustIndices(args[1], args[2], s.length);
      if (arg instanceof PyTuple) {
        for (const item of arg.items) {
          if (!(item instanceof PyStr)) throw typeError(`tuple for ${name} must only contain str, not ${tpName(item.type)}`);
          if (tailMatch(s, item, start, end, name === 'endswith')) return newBool(true);
        }
        return newBool(false);
      }
      if (!(arg instanceof PyStr)) throw typeError(`${name} first arg must be str or a tuple of str, not ${tpName(arg.type)}`);
      return newBool(tailMatch(s, arg, start, end, name === 'endswith'));
    },
  };
}

/** Builds a list of new strs from JS strings. */
function strList(parts: readonly string[]): PyObject {
  return newListStealing(parts.map((p) => newStr(p)));
}

/** `split(sep=None, maxsplit=-1)` over the text. */
export function splitText(v: string, sep: string | null, maxsplit: number): string[] {
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  if (sep === null) {
    let i = 0;
    const n = v.length;
    while (maxsplit-- > 0) {
      while (i < n && isSpaceUnit(v.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i;
      while (i < n && !isSpaceUnit(v.charCodeAt(i))) i++;
      out.push(v.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceUnit(v.charCodeAt(i))) i++;
      if (i !== n) out.push(v.slice(i));
    }
    return out;
  }
  let i = 0;
  while (maxsplit-- > 0) {
    const j = v.indexOf(sep, i);
    if (j < 0) break;
    out.push(v.slice(i, j));
    i = j + sep.length;
  }
  out.push(v.slice(i));
  return out;
}

/** `rsplit(sep=None, maxsplit=-1)` over the text. */
export function rsplitText(v: string, sep: string | null, maxsplit: number): string[] {
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  if (sep === null) {
    let i = v.length - 1;
    while (maxsplit-- > 0) {
      while (i >= 0 && isSpaceUnit(v.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i;
      while (i >= 0 && !isSpaceUnit(v.charCodeAt(i))) i--;
      out.push(v.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceUnit(v.charCodeAt(i))) i--;
      if (i >= 0) out.push(v.slice(0, i + 1));
    }
    return out.reverse();
  }
  let end = v.length;
  while (maxsplit-- > 0) {
    const j = end - sep.length < 0 ? -1 : v.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(v.slice(j + sep.length, end));
    end = j;
  }
  out.push(v.slice(0, end));
  return out.reverse();
}

function splitter(name: 'split' | 'rsplit'): NativeDef {
  return {
    name,
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [sepArg, maxArg] = parseKwArgs(name, args, kwnames, ['sep', 'maxsplit']);
      // The clinic converts maxsplit before the body looks at the separator.
      const maxsplit = maxArg === undefined ? -1 : ssizeArg(maxArg);
      let sep: string | null = null;
      if (sepArg !== undefined && sepArg !== None) {
        if (!(sepArg instanceof PyStr)) throw typeError(`must be str or None, not ${tpName(sepArg.type)}`);
        if (sepArg.value.length === 0) throw valueError('empty separator');
        sep = sepArg.value;
      }
      const str = self as PyStr;
      // unicodeobject.c split/rsplit: a separator longer or wider than the text cannot occur in
      // it, and the list holds the object itself, a subclass instance too.
      if (sepArg instanceof PyStr && (sepArg.length > str.length || Math.max(sepArg.kind, 1) > Math.max(str.kind, 1))) return newListStealing([incref(str)]);
      const v = str.value;
      return splitList(str, name === 'split' ? splitText(v, sep, maxsplit) : rsplitText(v, sep, maxsplit), sep !== null || maxsplit !== 0);
    },
  };
}

/**
 * The list of a split whose parts are `parts`. stringlib's split functions put an exact str
 * itself in the list when nothing was split off: no separator matched, or the first
 * whitespace-delimited word (or line) spans the whole text; `whitespaceLoopRan` is false for a
 * whitespace split with maxsplit 0, which copies the text after its loop instead.
 */
function splitList(self: PyStr, parts: readonly string[], whitespaceLoopRan: boolean): PyObject {
  if (whitespaceLoopRan && self.type === strType && parts.length === 1 && parts[0] === self.value) return newListStealing([incref(self)]);
  return strList(parts);
}

/** `splitlines(keepends)` over the text. */
export function splitLinesText(v: string, keepends: boolean, isBreak: (c: number) => boolean = isLineBreakUnit): string[] {
  const out: string[] = [];
  let i = 0;
  const n = v.length;
  while (i < n) {
    const j = i;
    while (i < n && !isBreak(v.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (v.charCodeAt(i) === 0x0d && i + 1 < n && v.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(v.slice(j, eol));
  }
  return out;
}

/** `keepends` as clinic's `int` converter takes it (rejects floats, OverflowError past a C int). */
export function intFlag(o: PyObject | undefined): boolean {
  return o !== undefined && intArg(o) !== 0;
}

/** `str.join(iterable)`. */
export function joinStr(sep: PyStr, iterable: PyObject): PyStr {
  const items = sequenceToArray(iterable, 'can only join an iterable');
  try {
    if (items.length === 1 && items[0]?.type === strType) return exactStr(items[0] as PyStr);
    const parts: string[] = [];
    items.forEach((item, i) => {
      if (!(item instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${tpName(item.type)} found`);
      parts.push(item.value);
    });
    // `_PyUnicode_JoinArray` fills a str of its own, even of one character.
    return newFreshStr(parts.join(sep.value));
  } finally {
    for (const o of items) decref(o);
  }
}

/** `str.replace(old, new, count)` on code points. */
export function replaceText(s: PyStr, old: string, rep: string, count: number): string {
  const v = s.value;
  // `replace()`: a count given (not negative) leaves an empty text as it is, even when an empty
  // `old` would match it; only the default count replaces there.
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  else if (v.length === 0) return v;
  if (old.length === 0) {
    const cps = s.isBmpOnly ? v.split('') : Array.from(v);
    let out = '';
    let k = 0;
    for (; k < cps.length && count > 0; k++, count--) out += rep + (cps[k] ?? '');
    if (count > 0 && k === cps.length) out += rep;
    return out + cps.slice(k).join('');
  }
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const j = v.indexOf(old, i);
    if (j < 0) break;
    out += v.slice(i, j) + rep;
    i = j + old.length;
  }
  return out + v.slice(i);
}

/** The characters stripped: whitespace for null, else the code points of `chars`. */
export function stripText(v: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars === null ? null : new Set(Array.from(chars));
  const cps = Array.from(v);
  const strip = (ch: string): boolean => (set === null ? ch.length === 1 && isSpaceUnit(ch.charCodeAt(0)) : set.has(ch));
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && strip(cps[i] ?? '')) i++;
  if (right) while (j > i && strip(cps[j - 1] ?? '')) j--;
  return cps.slice(i, j).join('');
}

function stripper(name: 'strip' | 'lstrip' | 'rstrip'): NativeDef {
  return {
    name,
    kind: 'fast',
    impl: (self, args) => {
      checkClinicArgs(name, args.length, 0, 1);
      const arg = args[0];
      let chars: string | null = null;
      if (arg !== undefined && arg !== None) {
        if (!(arg instanceof PyStr)) throw typeError(`${name} arg must be None or str`);
        chars = arg.value;
      }
      const s = self as PyStr;
      const r = stripText(s.value, chars, name !== 'rstrip', name !== 'lstrip');
      return r.length === s.value.length ? exactStr(s) : newStr(r);
    },
  };
}

function partitioner(name: 'partition' | 'rpartition'): NativeDef {
  return {
    name,
    kind: 'o',
    impl: (self, args) => {
      const s = self as PyStr;
      const sep = expectStr(args[0] as PyObject);
      if (sep.value.length === 0) throw valueError('empty separator');
      const v = s.value;
      const i = name === 'partition' ? v.indexOf(sep.value) : v.lastIndexOf(sep.value);
      // stringlib partition hands back the str object and the separator object themselves,
      // subclass instances included.
      if (i < 0) {
        return name === 'partition' ? newTupleStealing([incref(s), newStr(''), newStr('')]) : newTupleStealing([newStr(''), newStr(''), incref(s)]);
      }
      return newTupleStealing([newStr(v.slice(0, i)), incref(sep), newStr(v.slice(i + sep.value.length))]);
    },
  };
}

addMethods(strType, [
  finder('find', false, false),
  finder('rfind', true, false),
  finder('index', false, true),
  finder('rindex', true, true),
  {
    name: 'count',
    kind: 'fast',
    impl: (self, args) => {
      checkTupleArgs('count', args.length, 1, 3);
      const [start, end] = adjustIndices(args[1], args[2], (self as PyStr).length);
      const sub = expectStr(args[0] as PyObject);
      return newInt(countIn(self as PyStr, sub.value, start, end));
    },
  },
  affix('startswith'),
  affix('endswith'),
  splitter('split'),
  splitter('rsplit'),
  {
    name: 'splitlines',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [keep] = parseKwArgs('splitlines', args, kwnames, ['keepends']);
      return splitList(self as PyStr, splitLinesText((self as PyStr).value, intFlag(keep)), true);
    },
  },
  { name: 'join', kind: 'o', impl: (self, args) => joinStr(self as PyStr, args[0] as PyObject) },
  {
    name: 'replace',
    kind: 'fast',
    impl: (self, args) => {
      checkClinicArgs('replace', args.length, 2, 3);
      const old = args[0] as PyObject;
      const rep = args[1] as PyObject;
      if (!(old instanceof PyStr)) throw typeError(`replace() argument 1 must be str, not ${argTypeName(old)}`);
      if (!(rep instanceof PyStr)) throw typeError(`replace() argument 2 must be str, not ${argTypeName(rep)}`);
      const count = args[2] === undefined ? -1 : ssizeArg(args[2]);
      const s = self as PyStr;
      const r = replaceText(s, old.value, rep.value, count);
      // `replace()` fills a str of its own unless nothing changed.
      return r === s.value ? exactStr(s) : newFreshStr(r);
    },
  },
  partitioner('partition'),
  partitioner('rpartition'),
  stripper('strip'),
  stripper('lstrip'),
  stripper('rstrip'),
]);

// `str`'s `tp_methods` order, which `vars(str)` shows.
orderMethods(strType, `encode replace split rsplit join capitalize casefold title center count
  expandtabs find partition index ljust lower lstrip rfind rindex rjust rstrip rpartition
  splitlines strip swapcase translate upper startswith endswith isascii islower isupper istitle
  isspace isdecimal isdigit isnumeric isalpha isalnum isidentifier isprintable zfill format
  format_map __format__ maketrans __sizeof__ __getnewargs__`);
