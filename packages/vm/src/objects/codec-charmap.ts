/**
 * CPython 3.8's single-byte charmap codecs (cp1251, iso8859_7, koi8_r, mac_roman, ...), from the
 * decoding tables of their `Lib/encodings` modules (charmap-tables.generated.ts). Decoding maps
 * each byte through the table; encoding is its inverse, the later byte winning where two bytes
 * decode to one character, as `codecs.charmap_build` makes it. Latin-1 and cp1252 have their
 * own code in str-methods-codec.ts and codec-cp1252.ts.
 * @module
 */
import { CHARMAP_ALIASES, CHARMAP_TABLES } from './charmap-tables.generated.ts';

/** A charmap codec, as str-methods-codec.ts names it: `charmap:` and the codec's module name. */
export type CharmapCodec = `charmap:${string}`;

/**
 * Whether a codec name is a charmap codec's.
 *
 * @param codec - a codec name
 * @returns true for `charmap:...`
 */
export function isCharmapCodec(codec: string): codec is CharmapCodec {
  return codec.startsWith('charmap:');
}

/** A codec's decoding table and its inverse. */
interface Charmap {
  readonly decode: Uint16Array;
  readonly encode: ReadonlyMap<number, number>;
}

const UNDEFINED = 0xfffe;
const built = new Map<string, Charmap>();

function charmap(codec: CharmapCodec): Charmap {
  const name = codec.slice('charmap:'.length);
  let map = built.get(name);
  if (map === undefined) {
    const table = CHARMAP_TABLES.get(name) ?? '';
    const decode = new Uint16Array(256);
    const encode = new Map<number, number>();
    for (let b = 0; b < 256; b++) {
      const c = table.charCodeAt(b);
      decode[b] = c;
      if (c !== UNDEFINED) encode.set(c, b);
    }
    map = { decode, encode };
    built.set(name, map);
  }
  return map;
}

/**
 * The charmap codec a normalised encoding name (`encodings.normalize_encoding`, lower case) names.
 *
 * @param normalized - the name, e.g. `cp1251`, `iso_8859_7`, `koi8_r`
 * @param aliasOnly - match aliases only, not the module names of the tables
 * @returns the codec, or undefined when no charmap codec has that name
 */
export function charmapCodecNamed(normalized: string, aliasOnly = false): CharmapCodec | undefined {
  const name = CHARMAP_ALIASES.get(normalized) ?? (!aliasOnly && CHARMAP_TABLES.has(normalized) ? normalized : undefined);
  return name === undefined ? undefined : `charmap:${name}`;
}

/**
 * The code point byte `b` decodes to in `codec`, or -1 where it maps to `<undefined>`.
 *
 * @param codec - the codec
 * @param b - a byte
 * @returns its code point, or -1
 */
export function charmapDecode(codec: CharmapCodec, b: number): number {
  const c = charmap(codec).decode[b] ?? UNDEFINED;
  return c === UNDEFINED ? -1 : c;
}

/**
 * The byte code point `c` encodes to in `codec`, or -1 where the codec has none.
 *
 * @param codec - the codec
 * @param c - a code point
 * @returns its byte, or -1
 */
export function charmapEncode(codec: CharmapCodec, c: number): number {
  return charmap(codec).encode.get(c) ?? -1;
}
