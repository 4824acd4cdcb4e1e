/**
 * The iterators of the `_string` module, which `string.Formatter` is written over:
 * `formatteriterator` yields `(literal, field_name, format_spec, conversion)` for each chunk of a
 * format string, and `fieldnameiterator` yields `(is_attribute, key)` for each `.attr` and `[key]`
 * of a field name. They read through objects/str-format-markup.ts, as `str.format` does. Mirrors
 * CPython 3.8 Objects/stringlib/unicode_format.h (`formatteriter_next`, `fieldnameiter_next`,
 * `formatter_parser`, `formatter_field_name_split`).
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, decref, freeObject, incref, type PyType } from '../runtime/object.ts';
import { newBool, newInt } from './int.ts';
import { None } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { fieldInteger, fieldNameFirst, fieldNameNext, markupNext, type MarkupCursor } from './str-format-markup.ts';
import { newTupleStealing, type PyTuple } from './tuple.ts';

/** An iterator over a str's markup or field name: it holds the str and a cursor into its code points. */
class PyMarkupIter extends PyObject {
  /** The str read (owned). */
  str: PyStr | null;
  readonly cursor: MarkupCursor;

  constructor(type: PyType, str: PyStr, cursor: MarkupCursor) {
    super(type, allocateAddress(type));
    this.str = incref(str);
    this.cursor = cursor;
  }
}

function markupIterType(name: string, basicsize: number): PyType {
  const t = staticType({ name, basicsize, flags: 0 });
  t.iter = (self) => incref(self);
  t.dealloc = (self) => {
    const it = self as PyMarkupIter;
    const str = it.str;
    it.str = null;
    if (str !== null) decref(str);
    freeObject(self);
  };
  return t;
}

/** `formatteriterator`. */
export const formatterIteratorType: PyType = markupIterType('formatteriterator', 48);
/** `fieldnameiterator`. */
export const fieldNameIteratorType: PyType = markupIterType('fieldnameiterator', 56);

/** A str of `cps`, or None for an absent part (`SubString_new_object`). */
function textOrNone(cps: readonly string[] | null): PyObject {
  return cps === null ? incref(None) : newStr(cps.join(''));
}

formatterIteratorType.iternext = (self) => {
  const chunk = markupNext((self as PyMarkupIter).cursor);
  if (chunk === null) return null;
  const field = chunk.field;
  return newTupleStealing([
    newStr(chunk.literal),
    textOrNone(field === null ? null : field.name),
    textOrNone(field === null ? null : field.spec),
    field === null || field.conversion === '' ? incref(None) : newStr(field.conversion),
  ]);
};

/** A field name's first part or an index's key: an int when all decimal digits, else a str. */
function keyObject(cps: readonly string[]): PyObject {
  const n = fieldInteger(cps);
  return n === -1 ? newStr(cps.join('')) : newInt(n);
}

fieldNameIteratorType.iternext = (self) => {
  const next = fieldNameNext((self as PyMarkupIter).cursor);
  if (next === null) return null;
  // An attribute stays a str whatever it spells; only an index's key can be a number.
  return newTupleStealing([newBool(next.isAttr), next.isAttr ? newStr(next.part.join('')) : keyObject(next.part)]);
};

/**
 * `_string.formatter_parser(str)`: an iterator over the chunks of a format string.
 *
 * @param s - the format string.
 * @returns a new `formatteriterator`.
 * @see CPython 3.8 Objects/stringlib/unicode_format.h formatter_parser
 */
export function formatterParser(s: PyStr): PyObject {
  return new PyMarkupIter(formatterIteratorType, s, { cps: Array.from(s.value), pos: 0 });
}

/**
 * `_string.formatter_field_name_split(str)`: a field name's first part (an int when it is all
 * decimal digits) and an iterator over the rest.
 *
 * @param s - the field name.
 * @returns a new `(first, fieldnameiterator)` tuple.
 * @see CPython 3.8 Objects/stringlib/unicode_format.h formatter_field_name_split
 */
export function formatterFieldNameSplit(s: PyStr): PyTuple {
  const cursor: MarkupCursor = { cps: Array.from(s.value), pos: 0 };
  const first = keyObject(fieldNameFirst(cursor));
  return newTupleStealing([first, new PyMarkupIter(fieldNameIteratorType, s, cursor)]);
}
