/**
 * The Windows-1252 charmap (`cp1252`): Latin-1 except bytes 0x80..0x9F, which map to
 * typographic characters, five of them to nothing. Mirrors CPython 3.8 Lib/encodings/cp1252.py
 * (its `decoding_table`; the encoding table is the inverse).
 * @module
 */

/** The code points of bytes 0x80..0x9F; -1 where the byte maps to `<undefined>`. */
const HIGH_CONTROLS: readonly number[] = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

/**
 * The code point byte `b` decodes to, or -1 for the undefined bytes.
 *
 * @param b - a byte
 * @returns its code point, or -1
 */
export function cp1252Decode(b: number): number {
  return b >= 0x80 && b < 0xa0 ? (HIGH_CONTROLS[b - 0x80] ?? -1) : b;
}

const ENCODE = new Map<number, number>(HIGH_CONTROLS.flatMap((c, i) => (c < 0 ? [] : [[c, 0x80 + i] as [number, number]])));

/**
 * The byte code point `c` encodes to, or -1 when cp1252 has none.
 *
 * @param c - a code point
 * @returns its byte, or -1
 */
export function cp1252Encode(c: number): number {
  if (c < 0x80 || (c >= 0xa0 && c < 0x100)) return c;
  return ENCODE.get(c) ?? -1;
}
