/**
 * The case, predicate, padding and conversion methods of `str`: upper, lower, capitalize, title,
 * swapcase, casefold, the is* predicates, center, ljust, rjust, zfill, expandtabs, maketrans,
 * translate, encode, format, format_map, __format__, __getnewargs__. Mirrors CPython 3.8
 * Objects/unicodeobject.c and Objects/unicodectype.c.
 *
 * Unicode properties come from the JS engine's Unicode database (`\p{...}` classes and
 * `toUpperCase`/`toLowerCase`), newer than CPython 3.8's 12.1.0: code points assigned since act
 * as unassigned, and a case mapping to one is dropped (`unicode/assigned.ts`); code points
 * re-categorised since still differ. `isdigit`/`isnumeric` approximate Numeric_Type with `\p{Nd}`,
 * `\p{No}` and `\p{N}` plus the CJK numeral ideographs; titlecase is derived from uppercase except
 * for the Latin digraphs; casefold is `upper().lower()` except for Cherokee, dotless i and capital sharp s.
 * @module
 */
import { varargsImpl } from './call-arguments.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { tpName } from '../runtime/type-name.ts';
import { clearRaise, exceptionMatches, PyRaise, typeError, valueError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { addMethods, addStaticMethods } from '../runtime/type-defs.ts';
import { isPrintable } from '../repr/printable.ts';
import * as E from './exceptions.ts';
import { newBytes } from './bytes.ts';
import { dictItems, dictSet, isDict, newDict } from './dict.ts';
import { newBool, newInt, PyInt } from './int.ts';
import type { NativeDef } from './native-function.ts';
import { None } from './singletons.ts';
import { PyStr, newFreshStr, newStr, strType } from './str.ts';
import { exactStr } from './str-slots.ts';
import { newTupleStealing } from './tuple.ts';
import { strFormatMap, strFormatMethod, strFormatSpec } from './str-format.ts';
import { intArg, ssizeArg } from './list-methods.ts';
import { checkClinicArgs, codePoints, isSpaceUnit, parseKwArgs } from './str-methods-util.ts';
import { cStringArg, encodeNamed } from './codec-call.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';
import { isAssigned12, mappingIn12 } from '../unicode/assigned.ts';
import { sizeOf } from './object-type.ts';

/**
 * A one-code-point property test from the JS engine's Unicode data, false for a code point
 * Unicode 12.1 leaves unassigned (it has no properties in Python 3.8).
 */
const re = (p: string): { test: (ch: string) => boolean } => {
  const r = new RegExp(`^${p}$`, 'u');
  return { test: (ch) => r.test(ch) && isAssigned12(ch.codePointAt(0) ?? 0) };
};
/**
 * Code points whose Lowercase (hence Cased) property differs between Unicode 12.1 and the JS
 * engine's newer data: U+0295 was a lowercase letter until Unicode 13 made it Lo; U+10FC became
 * Other_Lowercase in Unicode 14.
 */
const LOWER_IN_12 = (ch: string, engine: boolean): boolean => (ch === '\u0295' ? true : ch === '\u10fc' ? false : engine);
const CASED_ENGINE = re('\\p{Cased}');
const CASED = { test: (ch: string): boolean => LOWER_IN_12(ch, CASED_ENGINE.test(ch)) };
const CASE_IGNORABLE = re('\\p{Case_Ignorable}');
const UPPER = re('\\p{Uppercase}');
const LOWER_ENGINE = re('\\p{Lowercase}');
const LOWER = { test: (ch: string): boolean => LOWER_IN_12(ch, LOWER_ENGINE.test(ch)) };
const TITLE = re('\\p{Lt}');
const ALPHA = re('\\p{L}');
const DECIMAL = re('\\p{Nd}');
const NUMERIC = re('\\p{N}');
const XID_START = re('\\p{XID_Start}');
const XID_CONTINUE = re('\\p{XID_Continue}');
/**
 * `No` code points that have a digit value (superscripts, circled and parenthesized digits,
 * Brahmi numbers one to nine, Rumi digits...).
 */
const DIGIT_EXTRA = /^[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}]$/u;
/** CJK ideographs with a numeric value (Lo, Numeric_Type=Numeric). */
const CJK_NUMERIC = /^[\u3007\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343-\u5345\u534c\u53c1-\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe-\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}]$/u;

const isDigitCp = (ch: string): boolean => DECIMAL.test(ch) || DIGIT_EXTRA.test(ch);
const isNumericCp = (ch: string): boolean => NUMERIC.test(ch) || CJK_NUMERIC.test(ch);
const isSpaceCp = (ch: string): boolean => ch.length === 1 && isSpaceUnit(ch.charCodeAt(0));

/** Full uppercase of one code point. */
const upperOf = (ch: string): string => mappingIn12(ch, ch.toUpperCase());

/** Full titlecase of one code point (`_PyUnicode_ToTitleFull`). */
export function titleOf(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x1c4 && c <= 0x1cc) return String.fromCharCode(c <= 0x1c6 ? 0x1c5 : c <= 0x1c9 ? 0x1c8 : 0x1cb);
  if (c >= 0x1f1 && c <= 0x1f3) return '\u01f2';
  if (c === 0x149) return '\u02bcN';
  // Georgian Mkhedruli letters are their own titlecase (uppercase is Mtavruli).
  if ((c >= 0x10d0 && c <= 0x10fa) || (c >= 0x10fd && c <= 0x10ff)) return ch;
  if (c >= 0x1f80 && c <= 0x1fff) {
    const greek = greekIotaTitle(c);
    if (greek !== null) return greek;
  }
  const u = mappingIn12(ch, ch.toUpperCase());
  const cps = Array.from(u);
  return cps.length > 1 ? (cps[0] ?? '') + cps.slice(1).join('').toLowerCase() : u;
}

/**
 * Titlecase of the Greek letters with ypogegrammeni (iota subscript): the title form keeps the
 * iota as a subscript (a precomposed prosgegrammeni letter, or U+0345) where uppercase spells it
 * as a capital iota (SpecialCasing.txt).
 */
function greekIotaTitle(c: number): string | null {
  // U+1F80..U+1FAF: the lowercase half of each block of 16 titlecases to its prosgegrammeni form.
  if (c <= 0x1faf) return String.fromCharCode(c | 0x8);
  if (c === 0x1fb3 || c === 0x1fbc) return '\u1fbc';
  if (c === 0x1fc3 || c === 0x1fcc) return '\u1fcc';
  if (c === 0x1ff3 || c === 0x1ffc) return '\u1ffc';
  const u = String.fromCodePoint(c).toUpperCase();
  // The others (with accent or perispomeni) uppercase to base letters plus a capital iota.
  return u.length > 1 && u.endsWith('\u0399') ? u.slice(0, -1) + '\u0345' : null;
}

/** Full lowercase of `cps[i]`, with the final sigma rule (`handle_capital_sigma`). */
function lowerAt(cps: readonly string[], i: number): string {
  const ch = cps[i] ?? '';
  if (ch !== '\u03a3') return mappingIn12(ch, ch.toLowerCase());
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(cps[j] ?? '')) j--;
  const before = j >= 0 && CASED.test(cps[j] ?? '');
  j = i + 1;
  while (j < cps.length && CASE_IGNORABLE.test(cps[j] ?? '')) j++;
  const after = j < cps.length && CASED.test(cps[j] ?? '');
  return before && !after ? '\u03c2' : '\u03c3';
}

/**
 * Full case folding of one code point (CaseFolding.txt, C and F entries). Cherokee folds to its
 * uppercase letters, which `upper().lower()` would turn to the lowercase ones; capital sharp s
 * folds to "ss", as small sharp s does.
 */
function casefoldOf(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x131 || (c >= 0x13a0 && c <= 0x13f5)) return ch;
  if ((c >= 0xab70 && c <= 0xabbf) || (c >= 0x13f8 && c <= 0x13fd)) return ch.toUpperCase();
  if (c === 0x1e9e) return 'ss';
  return mappingIn12(ch, ch.toUpperCase().toLowerCase());
}

/** The case conversions on code points. */
export const caseOps = {
  upper: (cps: readonly string[]): string => cps.map(upperOf).join(''),
  lower: (cps: readonly string[]): string => cps.map((_, i) => lowerAt(cps, i)).join(''),
  casefold: (cps: readonly string[]): string => cps.map(casefoldOf).join(''),
  capitalize: (cps: readonly string[]): string => (cps.length === 0 ? '' : titleOf(cps[0] ?? '') + cps.slice(1).map((_, i) => lowerAt(cps, i + 1)).join('')),
  swapcase: (cps: readonly string[]): string => cps.map((ch, i) => (UPPER.test(ch) ? lowerAt(cps, i) : LOWER.test(ch) ? upperOf(ch) : ch)).join(''),
  title: (cps: readonly string[]): string => {
    let prevCased = false;
    let out = '';
    cps.forEach((ch, i) => {
      out += prevCased ? lowerAt(cps, i) : titleOf(ch);
      prevCased = CASED.test(ch);
    });
    return out;
  },
};

/** The is* predicates on code points. */
export const predicates: Record<string, (cps: readonly string[]) => boolean> = {
  isdigit: (cps) => cps.length > 0 && cps.every(isDigitCp),
  isdecimal: (cps) => cps.length > 0 && cps.every((c) => DECIMAL.test(c)),
  isnumeric: (cps) => cps.length > 0 && cps.every(isNumericCp),
  isalpha: (cps) => cps.length > 0 && cps.every((c) => ALPHA.test(c)),
  isalnum: (cps) => cps.length > 0 && cps.every((c) => ALPHA.test(c) || DECIMAL.test(c) || isDigitCp(c) || isNumericCp(c)),
  isspace: (cps) => cps.length > 0 && cps.every(isSpaceCp),
  isascii: (cps) => cps.every((c) => c.charCodeAt(0) < 0x80),
  isprintable: (cps) => cps.every((c) => isPrintable(c.codePointAt(0) ?? 0)),
  isidentifier: (cps) => cps.length > 0 && (cps[0] === '_' || XID_START.test(cps[0] ?? '')) && cps.every((c) => XID_CONTINUE.test(c)),
  isupper: (cps) => {
    let cased = false;
    for (const c of cps) {
      if (LOWER.test(c) || TITLE.test(c)) return false;
      if (UPPER.test(c)) cased = true;
    }
    return cased;
  },
  islower: (cps) => {
    let cased = false;
    for (const c of cps) {
      if (UPPER.test(c) || TITLE.test(c)) return false;
      if (LOWER.test(c)) cased = true;
    }
    return cased;
  },
  istitle: (cps) => {
    let cased = false;
    let prev = false;
    for (const c of cps) {
      if (UPPER.test(c) || TITLE.test(c)) {
        if (prev) return false;
        prev = cased = true;
      } else if (LOWER.test(c)) {
        if (!prev) return false;
        prev = cased = true;
      } else prev = false;
    }
    return cased;
  },
};

/** `pad`: `left` and `right` fill code points around the text. */
function pad(s: PyStr, left: number, right: number, fill: string): PyStr {
  if (left <= 0 && right <= 0) return exactStr(s);
  return newStr(fill.repeat(Math.max(0, left)) + s.value + fill.repeat(Math.max(0, right)));
}

/** The fill character argument (`convert_uc`). */
function fillChar(o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!(o instanceof PyStr)) throw typeError(`The fill character must be a unicode character, not ${tpName(o.type)}`);
  if (o.length !== 1) throw typeError('The fill character must be exactly one character long');
  return o.value;
}

function padder(name: 'center' | 'ljust' | 'rjust'): NativeDef {
  return {
    name,
    kind: 'fast',
    impl: (self, args) => {
      checkClinicArgs(name, args.length, 1, 2);
      const width = ssizeArg(args[0] as PyObject);
      const fill = fillChar(args[1]);
      const s = self as PyStr;
      const marg = width - s.length;
      if (marg <= 0) return exactStr(s);
      if (name === 'ljust') return pad(s, 0, marg, fill);
      if (name === 'rjust') return pad(s, marg, 0, fill);
      const left = Math.floor(marg / 2) + (marg & width & 1);
      return pad(s, left, marg - left, fill);
    },
  };
}

/** `expandtabs(tabsize)` over the text. */
export function expandTabs(v: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of v) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/** `str.maketrans(x, y=None, z=None)`: a new dict. */
function maketrans(args: readonly PyObject[]): PyObject {
  checkClinicArgs('maketrans', args.length, 1, 3);
  const [x, y, z] = args;
  // The clinic converts y and z (unicode) before the body looks at x.
  if (y !== undefined && !(y instanceof PyStr)) throw typeError(`maketrans() argument 2 must be str, not ${argTypeName(y)}`);
  if (z !== undefined && !(z instanceof PyStr)) throw typeError(`maketrans() argument 3 must be str, not ${argTypeName(z)}`);
  const d = newDict();
  try {
    if (y === undefined) {
      if (!isDict(x as PyObject)) throw typeError('if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of dictItems(x as PyObject as ReturnType<typeof newDict>)) {
        if (k instanceof PyStr) {
          if (k.length !== 1) throw valueError('string keys in translate table must be of length 1');
          const key = newInt(k.value.codePointAt(0) ?? 0);
          dictSet(d, key, v);
          decref(key);
        } else if (k instanceof PyInt) dictSet(d, k, v);
        else throw typeError('keys in translate table must be strings or integers');
      }
      return d;
    }
    if (!(x instanceof PyStr)) throw typeError('first maketrans argument must be a string if there is a second argument');
    if (!(y instanceof PyStr)) throw typeError(`maketrans() argument 2 must be str, not ${argTypeName(y)}`);
    const xs = codePoints(x);
    const ys = codePoints(y);
    if (xs.length !== ys.length) throw valueError('the first two maketrans arguments must have equal length');
    xs.forEach((c, i) => {
      const k = newInt(c.codePointAt(0) ?? 0);
      const v = newInt((ys[i] ?? '').codePointAt(0) ?? 0);
      dictSet(d, k, v);
      decref(k);
      decref(v);
    });
    if (z !== undefined) {
      if (!(z instanceof PyStr)) throw typeError(`maketrans() argument 3 must be str, not ${argTypeName(z)}`);
      for (const c of codePoints(z)) {
        const k = newInt(c.codePointAt(0) ?? 0);
        dictSet(d, k, None);
        decref(k);
      }
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

/** `str.translate(table)`: LookupError leaves the character unchanged. */
function translate(s: PyStr, table: PyObject): PyStr {
  let out = '';
  for (const ch of codePoints(s)) {
    const key = newInt(ch.codePointAt(0) ?? 0);
    let v: PyObject;
    try {
      v = getItem(table, key);
    } catch (e) {
      if (e instanceof PyRaise && exceptionMatches(e, E.LookupError)) {
        clearRaise(e);
        out += ch;
        continue;
      }
      throw e;
    } finally {
      decref(key);
    }
    try {
      if (v === None) continue;
      if (v instanceof PyInt) {
        const n = v.big;
        if (n < 0n || n > 0x10ffffn) throw valueError('character mapping must be in range(0x110000)');
        out += String.fromCodePoint(Number(n));
      } else if (v instanceof PyStr) out += v.value;
      else throw typeError('character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
  }
  // `_PyUnicode_TranslateCharmap` hands back only an empty str as it is; any other text is
  // written anew (one Latin-1 character is the shared singleton).
  return s.value === '' ? exactStr(s) : newStr(out);
}

const caseMethod = (name: keyof typeof caseOps): NativeDef => ({
  name,
  kind: 'noargs',
  impl: (self) => {
    const s = self as PyStr;
    // `ascii_upper_or_lower` and `case_operation` fill a str of their own, even for one character.
    return newFreshStr(caseOps[name](codePoints(s)));
  },
});

addMethods(strType, [
  ...(Object.keys(caseOps) as (keyof typeof caseOps)[]).map(caseMethod),
  ...Object.entries(predicates).map(([name, test]): NativeDef => ({ name, kind: 'noargs', impl: (self) => newBool(test(codePoints(self as PyStr))) })),
  padder('center'),
  padder('ljust'),
  padder('rjust'),
  {
    name: 'zfill',
    kind: 'o',
    impl: (self, args) => {
      const s = self as PyStr;
      const width = ssizeArg(args[0] as PyObject);
      const fill = width - s.length;
      if (fill <= 0) return exactStr(s);
      const v = s.value;
      const signed = v[0] === '+' || v[0] === '-';
      return newStr(signed ? (v[0] ?? '') + '0'.repeat(fill) + v.slice(1) : '0'.repeat(fill) + v);
    },
  },
  {
    name: 'expandtabs',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [t] = parseKwArgs('expandtabs', args, kwnames, ['tabsize']);
      const tabsize = t === undefined ? 8 : intArg(t);
      const s = self as PyStr;
      return s.value.includes('\t') ? newStr(expandTabs(s.value, tabsize)) : exactStr(s);
    },
  },
  { name: 'translate', kind: 'o', impl: (self, args) => translate(self as PyStr, args[0] as PyObject) },
  {
    name: 'encode',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const [enc, err] = parseKwArgs('encode', args, kwnames, ['encoding', 'errors']);
      if (enc !== undefined && !(enc instanceof PyStr)) throw typeError(`encode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
      const encoding = enc === undefined ? 'utf-8' : cStringArg(enc);
      if (err !== undefined && !(err instanceof PyStr)) throw typeError(`encode() argument 'errors' must be str, not ${argTypeName(err)}`);
      return newBytes(encodeNamed((self as PyStr).value, encoding, err === undefined ? 'strict' : cStringArg(err)));
    },
  },
  { name: 'format', kind: 'fastkw', keywordDict: true, impl: varargsImpl((self, args, kwnames) => strFormatMethod(self as PyStr, args, kwnames)) },
  { name: 'format_map', kind: 'o', impl: (self, args) => strFormatMap(self as PyStr, args[0] as PyObject) },
  {
    name: '__format__',
    kind: 'o',
    impl: (self, args) => {
      const spec = args[0] as PyObject;
      if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${argTypeName(spec)}`);
      return strFormatSpec(self as PyStr, spec.value);
    },
  },
  { name: '__sizeof__', kind: 'noargs', impl: (self) => sizeOf(self) },
  { name: '__getnewargs__', kind: 'noargs', impl: (self) => newTupleStealing([newStr((self as PyStr).value)]) },
]);

addStaticMethods(strType, [{ name: 'maketrans', kind: 'fast', impl: (_self, args) => maketrans(args) }]);
