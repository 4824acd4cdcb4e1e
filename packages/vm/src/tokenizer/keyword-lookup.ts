/**
 * Keyword recognition straight from the source bytes, so that a name token needs no string to
 * be told apart from a keyword.
 * @module
 */
import { FIRST_KEYWORD, KEYWORDS, NAME } from './token-kind.ts';

/** The keywords by their first byte: spelling bytes and kind. */
const BY_FIRST_BYTE: (readonly (readonly [Uint8Array, number])[] | undefined)[] = buildTable();

function buildTable(): (readonly (readonly [Uint8Array, number])[] | undefined)[] {
  const table: ((readonly [Uint8Array, number])[] | undefined)[] = new Array<undefined>(128).fill(undefined);
  KEYWORDS.forEach((kw, i) => {
    const spelled = Uint8Array.from(kw, (ch) => ch.charCodeAt(0));
    const first = spelled[0] ?? 0;
    (table[first] ??= []).push([spelled, FIRST_KEYWORD + i]);
  });
  return table;
}

function sameBytes(bytes: Uint8Array, start: number, spelled: Uint8Array): boolean {
  for (let i = 1; i < spelled.length; i++) if (bytes[start + i] !== spelled[i]) return false;
  return true;
}

/** The kind of the name token `bytes[start, start + len)`: its keyword kind, or NAME. */
export function keywordKind(bytes: Uint8Array, start: number, len: number): number {
  const candidates = BY_FIRST_BYTE[bytes[start] ?? 0];
  if (candidates === undefined) return NAME;
  // Indexed, without array destructuring (the iterator protocol, until V8 optimises this): it runs
  // for most NAME tokens.
  for (let i = 0; i < candidates.length; i++) {
    const entry = candidates[i] as readonly [Uint8Array, number];
    const spelled = entry[0];
    if (spelled.length === len && sameBytes(bytes, start, spelled)) return entry[1];
  }
  return NAME;
}
