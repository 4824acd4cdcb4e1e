/**
 * `str.format`, `str.format_map`, `str.__format__` and printf-style `str % args`. The format
 * string parsing follows the markup iterator and field-name iterator of CPython 3.8
 * Objects/stringlib/unicode_format.h (`MarkupIterator_next`, `parse_field`, `field_name_split`,
 * `get_field_object`, `output_markup`, `build_string`); `%` formatting follows
 * Objects/unicodeobject.c `PyUnicode_Format` over the tokenizer and conversion helpers of
 * format/percent-*.ts.
 * @module
 */
import { intMaxStrDigits } from './number-parse.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { tpName } from '../runtime/type-name.ts';
import { repr as objectRepr, str as objectStr } from '../runtime/abstract-object.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { asDouble, index, toInt } from '../runtime/abstract-number.ts';
import { PyRaise, clearRaise, exceptionMatches, indexError, keyError, typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { type FormatResult } from '../format/format-error.ts';
import { formatStr } from '../format/format-str.ts';
import { intToFloat } from '../format/format-int.ts';
import { percentChar, percentFormatFloat, percentFormatInt, percentPad } from '../format/percent-format.ts';
import { percentUnsupported, tokenizePercentFormat, type PercentSpec } from '../format/percent-parse.ts';
import { PercentArgs } from './percent-args.ts';
import { formatOrRaise, raiseFormatError } from './str-format-error.ts';
import { asciiOf, formatNumberText, formatObject, writtenWhole } from '../runtime/format-value.ts';
import * as E from './exceptions.ts';
import { PyFloat } from './float.ts';
import { PyInt, intType, newInt } from './int.ts';
import { intDecimalText } from './int-slots.ts';
import { PyStr, newStr, strType } from './str.ts';
import { PyTuple } from './tuple.ts';
import { fieldInteger, fieldNameFirst, fieldNameNext, markupNext, type MarkupCursor } from './str-format-markup.ts';

export { formatOrRaise, raiseFormatError } from './str-format-error.ts';

/** `str.__format__(spec)`: `format_string_internal` with the type name in messages. */
export function strFormatSpec(s: PyStr, spec: string): PyStr {
  // `_PyUnicode_FormatAdvancedWriter`: an empty spec means `str(obj)` (`format_obj`).
  if (spec === '') return s.type === strType ? incref(s) : objectStr(s);
  return writtenWhole(s, formatOrRaise(formatStr(s.value, spec, s.type.name)));
}


// ---------------------------------------------------------------------------------------------
// str.format

/** Positional arguments and the keyword lookup of one `format` / `format_map` call. */
interface FormatArgs {
  /** Positional arguments (borrowed); null for format_map. */
  readonly args: readonly PyObject[] | null;
  /** Looks up a keyword field (a new reference), or null when there are no keywords. */
  readonly kw: ((key: string) => PyObject) | null;
}

interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

/** `get_field_object`: the object a field name designates, a new reference. */
function getFieldObject(name: readonly string[], fa: FormatArgs, auto: AutoNumber): PyObject {
  const cur: MarkupCursor = { cps: name, pos: 0 };
  const first = fieldNameFirst(cur);
  let index = fieldInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (auto.state === 'init' && numeric) auto.state = empty ? 'auto' : 'manual';
  if (numeric) {
    if (auto.state === 'manual' && empty) throw valueError('cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 'auto' && !empty) throw valueError('cannot switch from automatic field numbering to manual field specification');
  }
  if (empty) index = auto.next++;
  let obj: PyObject;
  if (index === -1) {
    const key = first.join('');
    if (fa.kw === null) {
      const k = newStr(key);
      try {
        throw keyError(k);
      } finally {
        decref(k);
      }
    }
    obj = fa.kw(key);
  } else {
    if (fa.args === null) throw valueError('Format string contains positional fields');
    const arg = fa.args[index];
    if (arg === undefined) throw indexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = incref(arg);
  }
  try {
    for (let next = fieldNameNext(cur); next !== null; next = fieldNameNext(cur)) {
      const { isAttr, part } = next;
      let item: PyObject;
      if (isAttr) item = getAttrString(obj, part.join(''));
      else {
        const idx = fieldInteger(part);
        const key = idx === -1 ? newStr(part.join('')) : newInt(idx);
        try {
          item = getItem(obj, key);
        } finally {
          decref(key);
        }
      }
      decref(obj);
      obj = item;
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

/** `do_conversion`: `!r`, `!s`, `!a`. */
function convert(obj: PyObject, conversion: string): PyObject {
  if (conversion === 'r') return objectRepr(obj);
  if (conversion === 's') return objectStr(obj);
  if (conversion === 'a') return asciiOf(obj);
  const cp = conversion.codePointAt(0) ?? 0;
  throw valueError(cp > 32 && cp < 127 ? `Unknown conversion specifier ${conversion}` : `Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** Where `build_string` leaves the one str object that makes up the whole result, if any. */
interface WholeResult {
  obj: PyStr | null;
}

/** `build_string` over `cps` as a str object: a new reference. */
function buildStr(cps: readonly string[], fa: FormatArgs): PyStr {
  const whole: WholeResult = { obj: null };
  const text = buildString(cps, fa, 2, { state: 'init', next: 0 }, whole);
  return whole.obj ?? newStr(text);
}

/** `build_string`: the formatted text of `cps`. */
function buildString(cps: readonly string[], fa: FormatArgs, depth: number, auto: AutoNumber, whole: WholeResult | null = null): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  const cur: MarkupCursor = { cps, pos: 0 };
  for (let chunk = markupNext(cur); chunk !== null; chunk = markupNext(cur)) {
    out += chunk.literal;
    const field = chunk.field;
    if (field === null) continue;
    let obj = getFieldObject(field.name, fa, auto);
    try {
      if (field.conversion !== '') {
        const converted = convert(obj, field.conversion);
        decref(obj);
        obj = converted;
      }
      const spec = field.expand ? buildString(field.spec, fa, depth - 1, auto) : field.spec.join('');
      const text = formatNumberText(obj, spec);
      if (text !== undefined) {
        out += text;
        continue;
      }
      const r = formatObject(obj, spec);
      // The last field into a still empty writer (no over-allocation left): the str written is
      // the result object itself.
      if (whole !== null && out === '' && cur.pos >= cps.length && r.value !== '') whole.obj = incref(r);
      out += r.value;
      decref(r);
    } finally {
      decref(obj);
    }
  }
  return out;
}

/** `str.format(*args, **kwargs)` (vectorcall shape): a new reference. */
export function strFormatMethod(self: PyStr, args: readonly PyObject[], kwnames: readonly string[] | null): PyStr {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const positional = args.slice(0, args.length - nkw);
  const kw =
    nkw === 0
      ? null
      : (key: string): PyObject => {
          const i = (kwnames as readonly string[]).indexOf(key);
          if (i < 0) {
            const k = newStr(key);
            try {
              throw keyError(k);
            } finally {
              decref(k);
            }
          }
          return incref(args[positional.length + i] as PyObject);
        };
  if (isWholeLiteral(self)) return incref(self);
  return buildStr(Array.from(self.value), { args: positional, kw });
}

/**
 * A format string that is one literal and nothing else: `build_string` writes it as the last
 * chunk into an empty writer, which keeps the object itself (`_PyUnicodeWriter_WriteStr`'s
 * read-only shortcut), so a str subclass instance comes back unchanged.
 */
function isWholeLiteral(self: PyStr): boolean {
  return self.value.length > 0 && !self.value.includes('{') && !self.value.includes('}');
}

/** `str.format_map(mapping)`: a new reference. */
export function strFormatMap(self: PyStr, mapping: PyObject): PyStr {
  const kw = (key: string): PyObject => {
    const k = newStr(key);
    try {
      return getItem(mapping, k);
    } finally {
      decref(k);
    }
  };
  if (isWholeLiteral(self)) return incref(self);
  return buildStr(Array.from(self.value), { args: null, kw });
}

// ---------------------------------------------------------------------------------------------
// str % args

/**
 * `%d`-family argument as an int (`mainformatlong`'s conversions): a number converts with
 * `PyNumber_Long` (`PyNumber_Index` for `%o %x %X`); a non-number, or a TypeError on the way,
 * is "%d format: a number is required, not T".
 */
export function percentInt(v: PyObject, c: string): bigint {
  if (v instanceof PyInt) return v.big;
  const wrong = (): PyRaise => typeError(`%${c} format: ${'oxX'.includes(c) ? 'an integer' : 'a number'} is required, not ${tpName(v.type)}`);
  const t = v.type;
  // `PyNumber_Check`.
  if (t.nbIndex === undefined && t.nbInt === undefined && t.nbFloat === undefined) throw wrong();
  let r: PyObject;
  try {
    r = 'oxX'.includes(c) ? index(v) : toInt(v);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    throw wrong();
  }
  try {
    return (r as PyInt).big;
  } finally {
    decref(r);
  }
}

/**
 * `PyFloat_AsDouble` for `%e %f %g`: an int whose type keeps int's own `__float__` converts
 * directly (its overflow as the format's error); anything else, an int subclass with its own
 * `__float__` included, goes through the general conversion.
 */
export function percentFloat(v: PyObject): number {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyInt && v.type.nbFloat === intType.nbFloat) {
    const x = intToFloat(v.big);
    if (typeof x !== 'number') throw raiseFormatError(x);
    return x;
  }
  return asDouble(v);
}

/** `%c`: a str of one code point or an int. */
function percentCharArg(v: PyObject): string {
  let r: FormatResult;
  if (v instanceof PyStr) r = percentChar(v.value);
  else if (v instanceof PyInt) r = percentChar(v.big);
  else if (v.type.nbIndex !== undefined) {
    const i = v.type.nbIndex(v);
    try {
      r = i instanceof PyInt ? percentChar(i.big) : percentChar('');
    } finally {
      decref(i);
    }
  } else r = percentChar('');
  return formatOrRaise(r);
}

/** `fmt % args` for a str format (`PyUnicode_Format`): a new reference. */
export function percentFormatStr(fmt: PyStr, all: PyObject): PyStr {
  const dict = !(all instanceof PyTuple) && !(all instanceof PyStr) && all.type.getitem !== undefined ? all : null;
  const args = new PercentArgs(all, dict);
  let out = '';
  // The str object that is the whole result (see `writtenWhole`), once the last directive wrote it.
  let whole: PyStr | null = null;
  try {
    const tokens = tokenizePercentFormat(fmt.value);
    for (const [i, token] of tokens.entries()) {
      if (token.kind === 'literal') {
        // A format without directives is written whole (`_PyUnicodeWriter_WriteSubstring`).
        if (tokens.length === 1 && token.text === fmt.value && token.text !== '') whole = incref(fmt);
        out += token.text;
        continue;
      }
      const { flags, width, precision, value: v } = args.resolve(token, (key) => newStr(key), checkStrConversion);
      const c = token.conversion;
      if ((c === 's' || c === 'r' || c === 'a') && v.type === intType && width === -1 && precision === -1) {
        // `unicode_format_arg_format`'s fast path: an exact int is written in decimal without
        // calling its str() (no recursion level).
        out += intDecimalText((v as PyInt).value);
      } else if (c === 's' || c === 'r' || c === 'a') {
        const conv = c === 's' ? (v instanceof PyStr && v.type === strType ? incref(v) : objectStr(v)) : c === 'r' ? objectRepr(v) : asciiOf(v);
        const text = conv.value;
        const padded = percentPad(text, flags, width, precision, c, false);
        // `unicode_format_arg_output`'s fast path (no sign or blank flag, nothing cut or padded)
        // for the last item, into an empty writer that no longer over-allocates.
        if (out === '' && i === tokens.length - 1 && padded === text && text !== '' && !flags.sign && !flags.blank) whole = incref(conv);
        decref(conv);
        out += padded;
      } else if (c === 'c') out += percentPad(percentCharArg(v), flags, width, precision, c, false);
      else if ('diuoxX'.includes(c)) out += formatOrRaise(percentFormatInt(percentInt(v, c), flags, width, precision, c, intMaxStrDigits()));
      else out += percentFormatFloat(percentFloat(v), flags, width, precision, c);
    }
    if (args.leftOver) throw typeError('not all arguments converted during string formatting');
  } catch (e) {
    if (whole !== null) decref(whole);
    throw e;
  } finally {
    args.release();
  }
  return whole ?? newStr(out);
}

/** Raises for a conversion character str formatting does not know. */
function checkStrConversion(token: PercentSpec): void {
  const unsupported = percentUnsupported(token);
  if (unsupported !== null) throw raiseFormatError(unsupported);
}
