// Tables for literal values: number tokens to constants, string bodies through escape decoding,
// and the errors escapes raise (with CPython's codec positions).
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/tokenizer/number-literal.ts';
import { decodeBytes, decodeUnicodeEscapes, LiteralError } from '../../src/tokenizer/string-literal.ts';
import { scanNumber } from '../../src/tokenizer/scan-number.ts';
import { encodeUtf8 } from '../../src/source/utf8.ts';

describe('parseNumber', () => {
  const table: [string, unknown][] = [
    ['0', { kind: 'int', value: 0n }],
    ['1_000_000', { kind: 'int', value: 1000000n }],
    ['0xff', { kind: 'int', value: 255n }],
    ['0O17', { kind: 'int', value: 15n }],
    ['0b1_01', { kind: 'int', value: 5n }],
    ['123456789012345678901234567890', { kind: 'int', value: 123456789012345678901234567890n }],
    ['1.5', { kind: 'float', value: 1.5 }],
    ['1e3', { kind: 'float', value: 1000 }],
    ['.5', { kind: 'float', value: 0.5 }],
    ['5.', { kind: 'float', value: 5 }],
    ['1e400', { kind: 'float', value: Infinity }],
    ['3j', { kind: 'complex', real: 0, imag: 3 }],
    ['1.5E-1J', { kind: 'complex', real: 0, imag: 0.15 }],
  ];
  for (const [text, value] of table) {
    it(`reads ${text}`, () => {
      expect(parseNumber(text)).toEqual(value);
    });
  }
});

describe('scanNumber', () => {
  const table: [string, number, string | null][] = [
    ['123 ', 3, null],
    ['1_0j+', 4, null],
    ['1e+5)', 4, null],
    ['1else', 1, null],
    ['1_ ', 2, 'invalid decimal literal'],
    ['0x_g', 3, 'invalid hexadecimal literal'],
    ['0o78', 4, "invalid digit '8' in octal literal"],
    ['0o8', 2, "invalid digit '8' in octal literal"],
    ['0b12', 4, "invalid digit '2' in binary literal"],
    ['012', 3, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers'],
    ['1e+x', 3, 'invalid decimal literal'],
  ];
  for (const [text, end, error] of table) {
    it(`scans ${JSON.stringify(text)}`, () => {
      expect(scanNumber(encodeUtf8(text + '\n'), 0)).toEqual({ end, error });
    });
  }
});

describe('decodeUnicodeEscapes', () => {
  it('decodes every escape form', () => {
    expect(decodeUnicodeEscapes('\\x41\\u00e9\\U0001F600\\101\\0\\n\\t\\\\\\\'\\"\\a\\b\\f\\v\\r\\d\\\n!')).toBe(
      'Aé😀A\0\n\t\\\'"\x07\b\f\v\r\\d!',
    );
  });
  it('decodes \\N{...} names it knows', () => {
    expect(decodeUnicodeEscapes('\\N{EM DASH}\\N{em dash}')).toBe('\u2014\u2014');
  });
  const errors: [string, string][] = [
    ['\\x4', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"],
    ['é\\x4', "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape"],
    ['\\U00110000', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"],
    ['\\N', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"],
    ['\\N{NOPE}', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name"],
  ];
  for (const [body, message] of errors) {
    it(`reports ${JSON.stringify(body)}`, () => {
      expect(decodeUnicodeEscapes(body)).toEqual(new LiteralError(message));
    });
  }
});

describe('decodeBytes', () => {
  const bytes = (s: string): Uint8Array => encodeUtf8(s);
  it('decodes escapes', () => {
    const b = bytes('\\x41\\101\\n\\q');
    expect(decodeBytes(b, 0, b.length, false)).toEqual(new Uint8Array([65, 65, 10, 92, 113]));
  });
  it('keeps raw bodies', () => {
    const b = bytes('\\n');
    expect(decodeBytes(b, 0, b.length, true)).toEqual(new Uint8Array([92, 110]));
  });
  it('reports a bad \\x escape', () => {
    const b = bytes('ab\\x4');
    expect(decodeBytes(b, 0, b.length, false)).toEqual(new LiteralError('(value error) invalid \\x escape at position 2'));
  });
});
