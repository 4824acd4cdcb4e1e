/**
 * Unicode character names for `\N{...}` escapes, as CPython 3.8 resolves them
 * (Modules/unicodedata.c `_getcode` with no named sequences): the Unicode 12.1 character names
 * and name aliases, ASCII case-insensitively; `HANGUL SYLLABLE ...` built from the jamo short
 * names and `CJK UNIFIED IDEOGRAPH-XXXX` (4 or 5 upper-case hex digits) for the unified
 * ideograph ranges, both case-sensitively, as CPython matches their prefixes with strncmp.
 * The name table is decoded from unicode-names.generated.ts on the first lookup.
 * @module
 */

import {
  NAME_ALIASES, NAME_CODING, NAME_DATA, NAME_DIGITS, NAME_WORDS, UNIFIED_IDEOGRAPH_RANGES,
} from './unicode-names.generated.ts';

let table: Map<string, number> | null = null;
/** Code point to character name (aliases excluded), filled with {@link table}. */
let names: Map<number, string> | null = null;

/**
 * Decodes the generated name table: every character name and alias, upper case, to its code point.
 * @returns The table (built once).
 * @internal
 */
export function unicodeNameTable(): ReadonlyMap<string, number> {
  if (table !== null) return table;
  const map = new Map<string, number>();
  const byCode = new Map<number, string>();
  const digit = new Int8Array(128);
  for (let k = 0; k < NAME_DIGITS.length; k++) digit[NAME_DIGITS.charCodeAt(k)] = k;
  const base = NAME_DIGITS.length;
  const { first, one, two, gap } = NAME_CODING;
  const words = NAME_WORDS.join('').split(' ');
  const data = NAME_DATA.join('');
  const next = (at: number): number => digit[data.charCodeAt(at)] ?? 0;
  // prefixes[k]: the previous name up to and including its word k.
  const prefixes: string[] = [];
  let cp = -1;
  let i = 0;
  while (i < data.length) {
    let head = next(i++);
    if (head === gap) {
      cp += (next(i) * base + next(i + 1)) * base + next(i + 2);
      i += 3;
      head = next(i++);
    } else {
      cp += 1;
    }
    let name = head > 0 ? (prefixes[head - 1] ?? '') : '';
    let count = head;
    let sep = count > 0 ? ' ' : '';
    for (;;) {
      const v = next(i++);
      if (v === 0) break;
      if (v === 1) {
        sep = '-';
        continue;
      }
      let w = v - first;
      if (w >= one) {
        w -= one;
        if (w < two) {
          w = one + w * base + next(i++);
        } else {
          w = one + two * base + ((w - two) * base + next(i)) * base + next(i + 1);
          i += 2;
        }
      }
      const word = words[w] ?? '';
      name += sep + (word === '#' ? cp.toString(16).toUpperCase().padStart(4, '0') : word);
      prefixes[count++] = name;
      sep = ' ';
    }
    map.set(name, cp);
    byCode.set(cp, name);
  }
  for (const entry of NAME_ALIASES.join('').split(';')) {
    const colon = entry.indexOf(':');
    map.set(entry.slice(colon + 1), Number.parseInt(entry.slice(0, colon), 16));
  }
  table = map;
  names = byCode;
  return map;
}

/** Jamo short names of the leading consonants, vowels and trailing consonants (unicodedata.c). */
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/**
 * The longest jamo short name at `pos`, as unicodedata.c `find_syllable` finds it.
 * @returns [index or -1, length matched].
 */
function findSyllable(name: string, pos: number, jamo: readonly string[]): [number, number] {
  let len = -1;
  let index = -1;
  for (let k = 0; k < jamo.length; k++) {
    const s = jamo[k] ?? '';
    if (s.length <= len) continue;
    if (name.startsWith(s, pos)) {
      len = s.length;
      index = k;
    }
  }
  return [index, len < 0 ? 0 : len];
}

/** A `HANGUL SYLLABLE ` name (prefix included) to its code point, or null. */
function hangulSyllable(name: string): number | null {
  let pos = 16;
  const [l, ll] = findSyllable(name, pos, JAMO_L);
  pos += ll;
  const [v, vl] = findSyllable(name, pos, JAMO_V);
  pos += vl;
  const [t, tl] = findSyllable(name, pos, JAMO_T);
  pos += tl;
  if (l < 0 || v < 0 || t < 0 || pos !== name.length) return null;
  return 0xac00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
}

/** A `CJK UNIFIED IDEOGRAPH-` name (prefix included) to its code point, or null. */
function unifiedIdeograph(name: string): number | null {
  const hex = name.slice(22);
  if (!/^[0-9A-F]{4,5}$/.test(hex)) return null;
  const cp = Number.parseInt(hex, 16);
  for (const [lo, hi] of UNIFIED_IDEOGRAPH_RANGES) if (cp >= lo && cp <= hi) return cp;
  return null;
}

/**
 * The code point a Unicode character name denotes, as CPython 3.8's `\N{...}` resolves it.
 * @param name - The name inside `\N{...}`.
 * @returns The code point, or null when the name is unknown.
 */
export function lookupUnicodeName(name: string): number | null {
  if (name.startsWith('HANGUL SYLLABLE ')) return hangulSyllable(name);
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) return unifiedIdeograph(name);
  // Only ASCII letters are folded (Py_TOUPPER); names are ASCII, so nothing else can match.
  const upper = name.replace(/[a-z]+/g, (s) => s.toUpperCase());
  return unicodeNameTable().get(upper) ?? null;
}

/**
 * The Unicode character name of a code point, as `unicodedata.name` gives it (what the
 * `namereplace` error handler writes): the table's name, a Hangul syllable's composed name or a
 * unified ideograph's `CJK UNIFIED IDEOGRAPH-XXXX`.
 * @param cp - The code point.
 * @returns The name, or null when the code point has none.
 */
export function unicodeNameOf(cp: number): string | null {
  if (cp >= 0xac00 && cp < 0xac00 + 11172) {
    const s = cp - 0xac00;
    const t = s % JAMO_T.length;
    const v = Math.floor(s / JAMO_T.length) % JAMO_V.length;
    const l = Math.floor(s / (JAMO_T.length * JAMO_V.length));
    return `HANGUL SYLLABLE ${JAMO_L[l] ?? ''}${JAMO_V[v] ?? ''}${JAMO_T[t] ?? ''}`;
  }
  for (const [lo, hi] of UNIFIED_IDEOGRAPH_RANGES) {
    if (cp >= lo && cp <= hi) return `CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`;
  }
  unicodeNameTable();
  return names?.get(cp) ?? null;
}
