// Hand-written checks of the format library's API shape and of the rules the goldens sample.
import { describe, expect, it } from 'vitest';
import { doubleToString } from '../../src/format/double-to-string.ts';
import { fixedDigits, significantDigits } from '../../src/format/exact-digits.ts';
import { isFormatError } from '../../src/format/format-error.ts';
import { formatFloat } from '../../src/format/format-float.ts';
import { formatInt } from '../../src/format/format-int.ts';
import { parseFormatSpec } from '../../src/format/format-spec.ts';
import { formatStr } from '../../src/format/format-str.ts';
import { percentFormatFloat, percentFormatInt, percentPad } from '../../src/format/percent-format.ts';
import { percentUnsupported, tokenizePercentFormat, type PercentSpec } from '../../src/format/percent-parse.ts';
import { floatRepr } from '../../src/repr/float-repr.ts';

const noFlags = { ljust: false, sign: false, blank: false, alt: false, zero: false };

describe('parseFormatSpec', () => {
  it('reads every field', () => {
    expect(parseFormatSpec('\u{1f600}^+#012_.3f', '', '>')).toEqual({
      fill: '\u{1f600}',
      align: '^',
      alternate: true,
      sign: '+',
      width: 12,
      thousands: '_',
      groupByFour: false,
      precision: 3,
      type: 'f',
    });
  });

  it('returns errors as values', () => {
    expect(parseFormatSpec('.', 'd', '>')).toEqual({ error: 'ValueError', message: 'Format specifier missing precision' });
    expect(parseFormatSpec(',s', 's', '<')).toEqual({ error: 'ValueError', message: "Cannot specify ',' with 's'." });
    expect(isFormatError(parseFormatSpec('_x', 'd', '>'))).toBe(false);
  });
});

describe('formatting', () => {
  it.each([
    [formatInt(1234n, '010,'), '00,001,234'],
    [formatInt(-(2n ** 70n), '_x'), '-40_0000_0000_0000_0000'],
    [formatFloat(1e16, ''), '1e+16'],
    [formatFloat(1, ''), '1.0'],
    [formatFloat(1.5, '.3'), '1.5'],
    [formatFloat(-0, '+'), '-0.0'],
    [formatFloat(Number.NaN, '+F'), '+NAN'],
    [formatStr('\u{1f600}ab', '*^7.2'), '**\u{1f600}a***'],
  ])('gives %j for %j', (got, want) => {
    expect(got).toBe(want);
  });

  it('expands doubles exactly beyond 100 digits', () => {
    expect(fixedDigits(0.1, 60).digits).toBe('1000000000000000055511151231257827021181583404541015625');
    expect(significantDigits(2.5, 1)).toEqual({ digits: '2', decpt: 1 });
    expect(significantDigits(9.96, 2)).toEqual({ digits: '1', decpt: 2 });
  });

  it("agrees with floatRepr in format 'r'", () => {
    for (const x of [0, -0, 0.1, 1e16, 1e-5, 123.456, 5e-324, 1.7976931348623157e308, 2 ** 53 + 2, 1 / 3]) {
      expect(doubleToString(x, 'r', 0, { addDot0: true })).toBe(floatRepr(x));
    }
  });
});

describe('percent formatting', () => {
  it('tokenizes literals and conversions with their index', () => {
    const tokens = tokenizePercentFormat('a%%b%(k)-*.3hd|%');
    expect(tokens.map((t) => t.kind)).toEqual(['literal', 'conversion', 'literal', 'conversion']);
    const spec = tokens[1] as PercentSpec;
    expect(spec).toMatchObject({ mapping: true, key: 'k', width: '*', precision: 3, conversion: 'd', index: 13 });
    expect(spec.flags.ljust).toBe(true);
    expect(tokens[3]).toMatchObject({ error: { error: 'ValueError', message: 'incomplete format' } });
  });

  it('reports unsupported characters with their index', () => {
    const spec = tokenizePercentFormat('abc%y')[1] as PercentSpec;
    expect(percentUnsupported(spec)).toEqual({ error: 'ValueError', message: "unsupported format character 'y' (0x79) at index 4" });
  });

  it('pads like CPython', () => {
    expect(percentFormatInt(255n, { ...noFlags, alt: true, zero: true }, 8, -1, 'X')).toBe('0X0000FF');
    expect(percentFormatFloat(-1.5, { ...noFlags, zero: true }, 10, 2, 'f')).toBe('-000001.50');
    expect(percentPad('abcdef', { ...noFlags, ljust: true }, 5, 3, 's', false)).toBe('abc  ');
  });
});
