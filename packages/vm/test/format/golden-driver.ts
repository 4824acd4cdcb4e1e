// A small stand-in for the runtime's `str % args` loop, driving the format library's tokenizer
// and conversion helpers over the argument kinds the goldens use (int, float, str, tuple, dict).
import { floatRepr } from '../../src/repr/float-repr.ts';
import { formatError, isFormatError, type FormatResult } from '../../src/format/format-error.ts';
import { intToFloat } from '../../src/format/format-int.ts';
import { percentChar, percentFormatFloat, percentFormatInt, percentPad, percentStarPrecision, percentStarWidth } from '../../src/format/percent-format.ts';
import { percentUnsupported, tokenizePercentFormat } from '../../src/format/percent-parse.ts';

/** A tagged argument of goldens.json. */
export type Tagged = ['i', string] | ['f', string] | ['s', string] | ['t', Tagged[]] | ['m', [string, Tagged][]];

/** A float from the hex of its IEEE bits. */
export function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

type Value = bigint | number | string | Value[] | Map<string, Value>;

function untag(t: Tagged): Value {
  switch (t[0]) {
    case 'i':
      return BigInt(t[1]);
    case 'f':
      return fromBits(t[1]);
    case 's':
      return t[1];
    case 't':
      return t[1].map(untag);
    case 'm':
      return new Map(t[1].map(([k, v]) => [k, untag(v)]));
  }
}

const typeName = (v: Value): string => (typeof v === 'bigint' ? 'int' : typeof v === 'number' ? 'float' : typeof v === 'string' ? 'str' : Array.isArray(v) ? 'tuple' : 'dict');
const str = (v: Value): string => (typeof v === 'bigint' ? v.toString() : typeof v === 'number' ? floatRepr(v) : typeof v === 'string' ? v : '?');

function truncate(x: number): FormatResult | bigint {
  if (Number.isNaN(x)) return formatError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) return formatError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** Runs `fmt % args` as CPython 3.8 would, for the argument kinds above. */
export function percentFormat(fmt: string, tagged: Tagged): FormatResult {
  const all = untag(tagged);
  const dict = all instanceof Map ? all : null;
  let args: Value[] | Value = Array.isArray(all) ? all : all;
  let isTuple = Array.isArray(all);
  let argidx = 0;
  let used = false;
  const arglen = (): number => (isTuple && Array.isArray(args) ? args.length : 1);
  const next = (): Value | null => {
    if (isTuple && Array.isArray(args)) return argidx < args.length ? (args[argidx++] ?? null) : null;
    if (used) return null;
    used = true;
    return args;
  };
  const notEnough = formatError('TypeError', 'not enough arguments for format string');
  let out = '';
  for (const token of tokenizePercentFormat(fmt)) {
    if (token.kind === 'literal') {
      out += token.text;
      continue;
    }
    if (token.mapping && dict === null) return formatError('TypeError', 'format requires a mapping');
    if (token.key !== undefined && dict !== null) {
      const v = dict.get(token.key);
      if (v === undefined) return formatError('TypeError', `KeyError ${token.key}`);
      args = v;
      isTuple = false;
      used = false;
    }
    const flags = { ...token.flags };
    let width: number;
    let precision: number;
    if (token.width === '*') {
      const v = next();
      if (v === null) return notEnough;
      if (typeof v !== 'bigint') return formatError('TypeError', '* wants int');
      const w = percentStarWidth(v);
      if (isFormatError(w)) return w;
      width = w.width;
      if (w.ljust) flags.ljust = true;
    } else width = token.width;
    if (token.precision === '*') {
      const v = next();
      if (v === null) return notEnough;
      if (typeof v !== 'bigint') return formatError('TypeError', '* wants int');
      const p = percentStarPrecision(v);
      if (isFormatError(p)) return p;
      precision = p;
    } else precision = token.precision;
    if (token.error !== undefined) return token.error;
    const v = next();
    if (v === null) return notEnough;
    const unsupported = percentUnsupported(token);
    if (unsupported !== null) return unsupported;
    const c = token.conversion;
    let piece: FormatResult;
    if (c === 's') piece = percentPad(str(v), flags, width, precision, c, false);
    else if (c === 'c') {
      const ch = typeof v === 'bigint' || typeof v === 'string' ? percentChar(v) : formatError('TypeError', '%c requires int or char');
      piece = isFormatError(ch) ? ch : percentPad(ch, flags, width, precision, c, false);
    } else if ('diuoxX'.includes(c)) {
      let n: FormatResult | bigint;
      if (typeof v === 'bigint') n = v;
      else if (typeof v === 'number' && 'diu'.includes(c)) n = truncate(v);
      else n = formatError('TypeError', `%${c} format: ${'diu'.includes(c) ? 'a number' : 'an integer'} is required, not ${typeName(v)}`);
      piece = typeof n === 'bigint' ? percentFormatInt(n, flags, width, precision, c) : n;
    } else {
      const x = typeof v === 'bigint' ? intToFloat(v) : typeof v === 'number' ? v : formatError('TypeError', 'must be real number, not str');
      piece = typeof x === 'number' ? percentFormatFloat(x, flags, width, precision, c) : x;
    }
    if (isFormatError(piece)) return piece;
    out += piece;
    if (dict !== null && argidx < arglen() && isTuple) return formatError('TypeError', 'not all arguments converted during string formatting');
  }
  if (dict === null && (isTuple ? argidx < arglen() : !used)) return formatError('TypeError', 'not all arguments converted during string formatting');
  return out;
}
