/**
 * `float.__getformat__` and `float.__set_format__`: the run's idea of how C doubles and floats
 * are laid out. Each starts as the detected platform format (IEEE, little-endian) and may be set
 * to 'unknown' (or back); nothing else reads it, as corosim has no struct, marshal or pickle.
 * Mirrors CPython 3.8 Objects/floatobject.c `float___getformat___impl` and
 * `float___set_format___impl`.
 * @module
 */
import { argTypeName } from '../runtime/arg-type-name.ts';
import { checkPositional } from '../runtime/clinic-args.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { incref, type PyObject } from '../runtime/object.ts';
import { None } from './singletons.ts';
import { PyStr, newStr } from './str.ts';

/** `float_format_type`: the platform's layout, or 'unknown' once set so. */
type FloatFormat = 'unknown' | 'IEEE, little-endian';

const DETECTED: FloatFormat = 'IEEE, little-endian';

/** The run's formats of `double` and `float` (`double_format`, `float_format`). */
const formats: { double: FloatFormat; float: FloatFormat } = { double: DETECTED, float: DETECTED };

/** Gives both formats back their detected value (each run starts so). */
export function resetFloatFormats(): void {
  formats.double = formats.float = DETECTED;
}

/** `'double'` or `'float'` from the str argument `s` of `fname`, else its ValueError. */
function typestrOf(fname: string, s: PyStr): keyof typeof formats {
  if (s.value === 'double' || s.value === 'float') return s.value;
  throw valueError(`${fname}() argument 1 must be 'double' or 'float'`);
}

/** `float.__getformat__(typestr)`: how the run lays doubles or floats out. */
export function getFormatMethod(_cls: PyObject, args: readonly PyObject[]): PyObject {
  const s = args[0] as PyObject;
  if (!(s instanceof PyStr)) throw typeError(`__getformat__() argument must be str, not ${argTypeName(s)}`);
  return newStr(formats[typestrOf('__getformat__', s)]);
}

/**
 * `float.__set_format__(typestr, fmt, /)`: sets a format to 'unknown' or to the detected one;
 * the other IEEE byte order is refused.
 */
export function setFormatMethod(_cls: PyObject, args: readonly PyObject[]): PyObject {
  checkPositional('__set_format__', args.length, 2, 2);
  const [typestr, fmt] = args as [PyObject, PyObject];
  if (!(typestr instanceof PyStr)) throw typeError(`__set_format__() argument 1 must be str, not ${argTypeName(typestr)}`);
  if (!(fmt instanceof PyStr)) throw typeError(`__set_format__() argument 2 must be str, not ${argTypeName(fmt)}`);
  const which = typestrOf('__setformat__', typestr);
  if (fmt.value === 'unknown' || fmt.value === DETECTED) {
    formats[which] = fmt.value;
    return incref(None);
  }
  if (fmt.value === 'IEEE, big-endian') throw valueError(`can only set ${which} format to 'unknown' or the detected platform value`);
  throw valueError("__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'");
}
