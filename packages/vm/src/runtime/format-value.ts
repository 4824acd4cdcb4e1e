/**
 * `format(value, spec)` (`PyObject_Format`), the FORMAT_VALUE opcode of f-strings (conversion,
 * then formatting, with the exact-str fast path) and `ascii()` (`PyObject_ASCII`). Mirrors
 * CPython 3.8 Objects/abstract.c `PyObject_Format`, Python/ceval.c `FORMAT_VALUE` and
 * Objects/object.c `PyObject_ASCII`.
 * @module
 */
import { intMaxStrDigits } from '../objects/number-parse.ts';
import { formatFloat } from '../format/format-float.ts';
import { tpName } from './type-name.ts';
import { formatInt } from '../format/format-int.ts';
import { isFormatError, type FormatResult } from '../format/format-error.ts';
import { formatStr } from '../format/format-str.ts';
import * as E from '../objects/exceptions.ts';
import { floatType, PyFloat } from '../objects/float.ts';
import { intType, PyInt } from '../objects/int.ts';
import { PyStr, newStr, strType } from '../objects/str.ts';
import { repr, str } from './abstract-object.ts';
import { lookupSpecial } from './attributes.ts';
import { callOneArg } from './call.ts';
import { raiseMessage, typeError } from './errors.ts';
import { decref, incref, type PyObject } from './object.ts';

/** The conversion of a FORMAT_VALUE (`!s`, `!r`, `!a` or none). */
export type Conversion = 'none' | 'str' | 'repr' | 'ascii';

/** `ascii(o)`: the repr with non-ASCII code points escaped. A new reference. */
export function asciiOf(o: PyObject): PyStr {
  const r = repr(o);
  const text = r.value;
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return r;
  decref(r);
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return newStr(out);
}

/**
 * The result of writing `text` formatted from `s` into an empty `_PyUnicodeWriter` that does not
 * over-allocate: when the formatter took its fast path (the text is `s` unchanged),
 * `_PyUnicodeWriter_WriteStr` keeps the object itself as a read-only buffer and
 * `_PyUnicodeWriter_Finish` returns it, even a str subclass instance. A new reference.
 */
export function writtenWhole(s: PyStr, text: string): PyStr {
  return text !== '' && text === s.value ? incref(s) : newStr(text);
}

function raiseResult(r: FormatResult): string {
  if (!isFormatError(r)) return r;
  const type = r.error === 'ValueError' ? E.ValueError : r.error === 'OverflowError' ? E.OverflowError : E.TypeError;
  throw raiseMessage(type, r.message);
}

/**
 * `format(value, spec)` (`PyObject_Format` with a str spec): a new reference to a str.
 *
 * @param value - the object (borrowed)
 * @param spec - the format spec text
 * @returns the formatted str
 */
export function formatObject(value: PyObject, spec: string): PyStr {
  // Exact str, int and float: the formatter `__format__` would reach, called directly.
  if (value.type === strType) return spec === '' ? incref(value as PyStr) : writtenWhole(value as PyStr, raiseResult(formatStr((value as PyStr).value, spec)));
  // An empty spec is `str(value)` (`PyObject_Format`'s fast path): a str of its own even for one digit.
  if (value.type === intType && spec === '') return str(value);
  const text = formatNumberText(value, spec);
  if (text !== undefined) return newStr(text);
  const specObj = newStr(spec);
  try {
    return formatWithSpecObject(value, specObj);
  } finally {
    decref(specObj);
  }
}

/**
 * The text `format(value, spec)` gives an exact int or float, made without a str object (as
 * `render_field` calls their formatters straight into its writer); undefined for any other value.
 */
export function formatNumberText(value: PyObject, spec: string): string | undefined {
  if (value.type === intType) return raiseResult(formatInt((value as PyInt).big, spec, 'int', intMaxStrDigits()));
  if (value.type === floatType) return raiseResult(formatFloat((value as PyFloat).value, spec));
  return undefined;
}

/** `PyObject_Format(value, spec)` with the spec object as given: a new reference. */
export function formatWithSpecObject(value: PyObject, spec: PyObject): PyStr {
  if (!(spec instanceof PyStr)) throw typeError(`Format specifier must be a string, not ${tpName(spec.type)}`);
  if (spec.value === '') {
    if (value.type === strType) return incref(value as PyStr);
    if (value.type === intType) return str(value);
  }
  const meth = lookupSpecial(value, '__format__');
  if (meth === null) throw typeError(`Type ${value.type.name.slice(0, 100)} doesn't define __format__`);
  let result: PyObject;
  try {
    result = callOneArg(meth, spec);
  } finally {
    decref(meth);
  }
  if (!(result instanceof PyStr)) {
    const name = result.type.name;
    decref(result);
    throw typeError(`__format__ must return a str, not ${name.slice(0, 200)}`);
  }
  return result;
}

/**
 * FORMAT_VALUE: applies the conversion, then formats with `spec` (a str, or null when the
 * f-string field has none). A new reference; `value` and `spec` are borrowed.
 *
 * @param value - the value of the replacement field
 * @param conversion - the `!` conversion
 * @param spec - the evaluated format spec, or null
 * @returns the str to insert
 */
export function formatValue(value: PyObject, conversion: Conversion, spec: PyObject | null): PyObject {
  // Without a conversion the value is formatted as it sits on the stack: CPython's FORMAT_VALUE
  // owns the one reference it popped and takes no other (`__format__` sees no extra).
  if (conversion === 'none') return formatConverted(value, spec);
  let v: PyObject;
  switch (conversion) {
    case 'str':
      v = str(value);
      break;
    case 'repr':
      v = repr(value);
      break;
    case 'ascii':
      v = asciiOf(value);
      break;
  }
  try {
    return formatConverted(v, spec);
  } finally {
    decref(v);
  }
}

/** FORMAT_VALUE after the conversion: an exact str without a spec is itself, else `format(v, spec)`. */
function formatConverted(v: PyObject, spec: PyObject | null): PyObject {
  if (spec === null && v.type === strType) return incref(v);
  if (spec === null) return formatObject(v, '');
  return formatWithSpecObject(v, spec);
}
