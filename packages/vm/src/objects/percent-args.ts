/**
 * The argument side of printf-style formatting, shared by `str % args` and `bytes % args`: the
 * next positional argument, the mapping lookup of `%(key)s`, the `*` width and precision, and the
 * checks in CPython's order (mapping, key, `*` arguments, the spec's own error, the value, the
 * conversion character). Mirrors CPython 3.8 Objects/unicodeobject.c `unicode_format_arg_parse`
 * and Objects/bytesobject.c `_PyBytes_FormatEx`.
 * @module
 */
import { isFormatError } from '../format/format-error.ts';
import { percentStarPrecision, percentStarWidth } from '../format/percent-format.ts';
import type { PercentFlags, PercentSpec } from '../format/percent-parse.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { PyInt } from './int.ts';
import { PyTuple } from './tuple.ts';
import { raiseFormatError } from './str-format-error.ts';

/** One conversion with its width, precision and value resolved. */
export interface ResolvedConversion {
  readonly flags: PercentFlags;
  readonly width: number;
  readonly precision: number;
  /** The value to convert (borrowed). */
  readonly value: PyObject;
}

/** The arguments of one formatting operation. */
export class PercentArgs {
  readonly #dict: PyObject | null;
  #args: PyObject;
  #owned: PyObject | null = null;
  #arglen: number;
  #argidx: number;

  /** `all` is the right operand; `dict` it again when it is a mapping, else null. */
  constructor(all: PyObject, dict: PyObject | null) {
    this.#dict = dict;
    this.#args = all;
    const isTuple = all instanceof PyTuple;
    this.#arglen = isTuple ? all.items.length : -1;
    this.#argidx = isTuple ? 0 : -2;
  }

  #next(): PyObject {
    if (this.#argidx < this.#arglen) {
      const i = this.#argidx++;
      return this.#arglen < 0 ? this.#args : ((this.#args as PyTuple).items[i] as PyObject);
    }
    throw typeError('not enough arguments for format string');
  }

  /**
   * Resolves a conversion spec: `key` makes the mapping key of `%(key)`, `checkConversion` raises
   * for an unsupported conversion character (it runs after the value is fetched, as CPython's).
   */
  resolve(token: PercentSpec, key: (text: string) => PyObject, checkConversion: (token: PercentSpec) => void): ResolvedConversion {
    if (token.mapping) {
      if (this.#dict === null) throw typeError('format requires a mapping');
      if (token.key !== undefined) {
        const k = key(token.key);
        try {
          const v = getItem(this.#dict, k);
          if (this.#owned !== null) decref(this.#owned);
          this.#owned = v;
          this.#args = v;
        } finally {
          decref(k);
        }
        this.#arglen = -1;
        this.#argidx = -2;
      }
    }
    const flags = { ...token.flags };
    let width = typeof token.width === 'number' ? token.width : -1;
    let precision = typeof token.precision === 'number' ? token.precision : -1;
    if (token.width === '*') {
      const v = this.#next();
      if (!(v instanceof PyInt)) throw typeError('* wants int');
      const w = percentStarWidth(v.big);
      if (isFormatError(w)) throw raiseFormatError(w);
      width = w.width;
      if (w.ljust) flags.ljust = true;
    }
    if (token.precision === '*') {
      const v = this.#next();
      if (!(v instanceof PyInt)) throw typeError('* wants int');
      const p = percentStarPrecision(v.big);
      if (isFormatError(p)) throw raiseFormatError(p);
      precision = p;
    }
    if (token.error !== undefined) throw raiseFormatError(token.error);
    const value = this.#next();
    checkConversion(token);
    return { flags, width, precision, value };
  }

  /** Whether positional arguments were left over ("not all arguments converted"). */
  get leftOver(): boolean {
    return this.#argidx < this.#arglen && this.#dict === null;
  }

  /** Drops the mapping value it holds. */
  release(): void {
    if (this.#owned !== null) decref(this.#owned);
    this.#owned = null;
  }
}
