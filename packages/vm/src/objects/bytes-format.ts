/**
 * printf-style formatting of bytes and bytearray (`b'%s' % args`). Mirrors CPython 3.8
 * Objects/bytesobject.c `_PyBytes_FormatEx` (`format_obj`, `byte_converter`, `formatlong`,
 * `formatfloat`) over the tokenizer and padding helpers of format/percent-*.ts.
 * @module
 */
import { callObject } from '../runtime/call.ts';
import { lookupSpecial } from '../runtime/attributes.ts';
import { PyRaise, clearRaise, raiseMessage, raiseUnnormalized, typeError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { percentFormatFloat, percentFormatInt, percentPad } from '../format/percent-format.ts';
import { formatError } from '../format/format-error.ts';
import { tokenizePercentFormat, type PercentSpec } from '../format/percent-parse.ts';
import { PercentArgs } from './percent-args.ts';
import { asciiOf } from '../runtime/format-value.ts';
import { PyByteArray, bytearrayType, newByteArrayOfType } from './bytearray.ts';
import { PyBytes, bytesType, newBytes } from './bytes.ts';
import { bytesLike } from './bytes-slots.ts';
import * as E from './exceptions.ts';
import { PyInt } from './int.ts';
import { newNotImplemented } from './singletons.ts';
import { PyStr } from './str.ts';
import { formatOrRaise, percentFloat, percentInt, raiseFormatError } from './str-format.ts';
import { PyTuple } from './tuple.ts';
import { tpName } from '../runtime/type-name.ts';

const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};
const toBytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** `format_obj`: the bytes of `%s` / `%b`. */
function formatObj(v: PyObject): string {
  const direct = bytesLike(v);
  if (direct !== null) return latin1(direct);
  const method = lookupSpecial(v, '__bytes__');
  if (method !== null) {
    const r = callObject(method, [], null);
    decref(method);
    try {
      if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${tpName(r.type)})`);
      return latin1(r.value);
    } finally {
      decref(r);
    }
  }
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${tpName(v.type)}'`);
}

/** `byte_converter` for `%c`. */
function formatChar(v: PyObject): string {
  const b = bytesLike(v);
  if (b !== null && b.length === 1) return String.fromCharCode(b[0] as number);
  if (v instanceof PyInt || (b === null && v.type.nbIndex !== undefined)) {
    const n = percentInt(v, 'x');
    if (n < 0n || n > 255n) throw raiseMessage(E.OverflowError, '%c arg not in range(256)');
    return String.fromCharCode(Number(n));
  }
  throw typeError('%c requires an integer in range(256) or a single byte');
}

/**
 * Whether `_PyBytes_FormatEx` read the conversion byte at `index` as unsigned: only the width and
 * precision digit loops read with `Py_CHARMASK`; a run of zeros right after `%` (or after other
 * flags) is flags, read as a signed `char` like every other byte.
 */
function readUnsigned(fmt: Uint8Array, index: number): boolean {
  let start = index;
  let nonZero = false;
  for (let b = fmt[start - 1]; b !== undefined && b >= 0x30 && b <= 0x39; b = fmt[start - 1]) {
    if (b !== 0x30) nonZero = true;
    start -= 1;
  }
  return start < index && (nonZero || fmt[start - 1] === 0x2e);
}

/**
 * "unsupported format character": the byte goes into the message through `%c`. A byte from 0x80
 * up read as a signed `char` is a negative character that `PyUnicode_FromFormat` refuses, and
 * `PyErr_Format` is left raising ValueError without arguments.
 */
function unsupported(fmt: Uint8Array, spec: PercentSpec): void {
  if ('sbradiuoxXeEfFgGc'.includes(spec.conversion) && spec.conversion.length === 1) return;
  const code = spec.conversion.charCodeAt(0);
  if (code >= 0x80 && !readUnsigned(fmt, spec.index)) throw raiseUnnormalized(E.ValueError, null);
  throw raiseFormatError(formatError('ValueError', `unsupported format character '${spec.conversion}' (0x${code.toString(16)}) at index ${spec.index}`));
}

/** `_PyBytes_FormatEx` spells the precision overflow "prec too big" where str says "precision too big". */
const bytesSpec = (spec: PercentSpec): PercentSpec => (spec.error?.message === 'precision too big' ? { ...spec, error: formatError('ValueError', 'prec too big') } : spec);

/** `formatfloat`'s `PyFloat_AsDouble`: any failure becomes "float argument required, not T". */
function bytesFloatArg(v: PyObject): number {
  try {
    return percentFloat(v);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    throw typeError(`float argument required, not ${tpName(v.type)}`);
  }
}

/** `_PyBytes_FormatEx`: the formatted bytes. */
export function percentFormatBytes(fmt: Uint8Array, all: PyObject): Uint8Array {
  const isTupleArgs = all instanceof PyTuple;
  const dict = !isTupleArgs && !(all instanceof PyStr) && !(all instanceof PyBytes) && !(all instanceof PyByteArray) && all.type.getitem !== undefined ? all : null;
  const args = new PercentArgs(all, dict);
  let out = '';
  try {
    for (const token of tokenizePercentFormat(latin1(fmt))) {
      if (token.kind === 'literal') {
        out += token.text;
        continue;
      }
      const { flags, width, precision, value: v } = args.resolve(bytesSpec(token), (key) => newBytes(toBytes(key)), (spec) => {
        unsupported(fmt, spec);
      });
      const c = token.conversion;
      if (c === 's' || c === 'b') out += percentPad(formatObj(v), flags, width, precision, 's', false);
      else if (c === 'r' || c === 'a') {
        const text = asciiOf(v);
        out += percentPad(text.value, flags, width, precision, c, false);
        decref(text);
      }
      else if (c === 'c') out += percentPad(formatChar(v), flags, width, precision, c, false);
      // `formatlong` reports `%i` as `%d`.
      else if ('diuoxX'.includes(c)) out += formatOrRaise(percentFormatInt(percentInt(v, c === 'i' ? 'd' : c), flags, width, precision, c));
      else out += percentFormatFloat(bytesFloatArg(v), flags, width, precision, c);
    }
    if (args.leftOver) throw typeError('not all arguments converted during bytes formatting');
  } finally {
    args.release();
  }
  return toBytes(out);
}

bytesType.nb.remainder = (a, b) => {
  if (!(a instanceof PyBytes)) return newNotImplemented();
  return newBytes(percentFormatBytes(a.value, b));
};
bytearrayType.nb.remainder = (a, b) => {
  if (!(a instanceof PyByteArray)) return newNotImplemented();
  return newByteArrayOfType(bytearrayType, percentFormatBytes(a.value, b));
};
