/**
 * A small table of Unicode character names for `\N{...}` escapes. CPython 3.8 looks names up in
 * the full Unicode database (Modules/unicodedata.c `_getcode`, case-insensitive); the VM carries
 * only common names and the algorithmic CJK ideograph names.
 * @module
 */

// DEVIATION(cpython): only these names (and CJK UNIFIED IDEOGRAPH-XXXX) resolve; any other name
// is reported as "unknown Unicode character name", where CPython knows every Unicode 12.1 name.
const NAMES: ReadonlyMap<string, number> = new Map([
  ['NULL', 0x0], ['SPACE', 0x20], ['NO-BREAK SPACE', 0xa0], ['EN DASH', 0x2013], ['EM DASH', 0x2014],
  ['HORIZONTAL ELLIPSIS', 0x2026], ['BULLET', 0x2022], ['DEGREE SIGN', 0xb0], ['COPYRIGHT SIGN', 0xa9],
  ['REGISTERED SIGN', 0xae], ['MICRO SIGN', 0xb5], ['PILCROW SIGN', 0xb6], ['SECTION SIGN', 0xa7],
  ['LEFT SINGLE QUOTATION MARK', 0x2018], ['RIGHT SINGLE QUOTATION MARK', 0x2019],
  ['LEFT DOUBLE QUOTATION MARK', 0x201c], ['RIGHT DOUBLE QUOTATION MARK', 0x201d],
  ['EURO SIGN', 0x20ac], ['POUND SIGN', 0xa3], ['YEN SIGN', 0xa5], ['CENT SIGN', 0xa2],
  ['GREEK SMALL LETTER ALPHA', 0x3b1], ['GREEK SMALL LETTER BETA', 0x3b2], ['GREEK SMALL LETTER GAMMA', 0x3b3],
  ['GREEK SMALL LETTER DELTA', 0x3b4], ['GREEK SMALL LETTER PI', 0x3c0], ['GREEK SMALL LETTER MU', 0x3bc],
  ['GREEK CAPITAL LETTER OMEGA', 0x3a9], ['GREEK CAPITAL LETTER DELTA', 0x394], ['GREEK CAPITAL LETTER SIGMA', 0x3a3],
  ['LATIN SMALL LETTER E WITH ACUTE', 0xe9], ['LATIN SMALL LETTER A WITH GRAVE', 0xe0],
  ['LATIN SMALL LETTER SHARP S', 0xdf], ['LATIN CAPITAL LETTER A', 0x41], ['LATIN SMALL LETTER A', 0x61],
  ['SNOWMAN', 0x2603], ['BLACK STAR', 0x2605], ['WHITE STAR', 0x2606], ['CHECK MARK', 0x2713],
  ['RIGHTWARDS ARROW', 0x2192], ['LEFTWARDS ARROW', 0x2190], ['INFINITY', 0x221e], ['MULTIPLICATION SIGN', 0xd7],
  ['DIVISION SIGN', 0xf7], ['PLUS-MINUS SIGN', 0xb1], ['ZERO WIDTH SPACE', 0x200b], ['BYTE ORDER MARK', 0xfeff],
  ['ZERO WIDTH NO-BREAK SPACE', 0xfeff], ['REPLACEMENT CHARACTER', 0xfffd], ['LINE FEED', 0xa],
  ['CARRIAGE RETURN', 0xd], ['CHARACTER TABULATION', 0x9], ['ESCAPE', 0x1b], ['DELETE', 0x7f],
  ['GRINNING FACE', 0x1f600], ['PILE OF POO', 0x1f4a9], ['SNAKE', 0x1f40d],
]);

/**
 * The code point a Unicode character name denotes.
 * @param name - The name inside `\N{...}`.
 * @returns The code point, or null when the name is unknown.
 */
export function lookupUnicodeName(name: string): number | null {
  const upper = name.toUpperCase();
  const known = NAMES.get(upper);
  if (known !== undefined) return known;
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (cjk?.[1] !== undefined) return Number.parseInt(cjk[1], 16);
  return null;
}
