/**
 * Deterministic source mutations for the front end's differential and property checks: swap two
 * neighbouring tokens, truncate, delete a line's indentation, drop a character, duplicate a line.
 * @module
 */

/** The mutations, applied in turn. */
export const MUTATIONS = ['swap-tokens', 'truncate', 'dedent-line', 'drop-char', 'duplicate-line'] as const;

/** One mutation. */
export type Mutation = (typeof MUTATIONS)[number];

/** A small seeded generator (mulberry32): the same seed gives the same mutants everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|\d+|\S/g;

function pick(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

/** Applies `kind` to `source` at positions drawn from `random`. */
export function mutate(source: string, kind: Mutation, random: () => number): string {
  const lines = source.split('\n');
  const at = pick(random, Math.max(1, lines.length));
  const line = lines[at] ?? '';
  switch (kind) {
    case 'swap-tokens': {
      const tokens = [...line.matchAll(TOKEN)];
      if (tokens.length < 2) return source;
      const k = pick(random, tokens.length - 1);
      const a = tokens[k];
      const b = tokens[k + 1];
      if (a?.index === undefined || b?.index === undefined) return source;
      lines[at] = line.slice(0, a.index) + b[0] + line.slice(a.index + a[0].length, b.index) + a[0] + line.slice(b.index + b[0].length);
      return lines.join('\n');
    }
    case 'truncate':
      return source.slice(0, pick(random, source.length + 1));
    case 'dedent-line':
      lines[at] = line.trimStart();
      return lines.join('\n');
    case 'drop-char': {
      const i = pick(random, source.length);
      return source.slice(0, i) + source.slice(i + 1);
    }
    case 'duplicate-line':
      lines.splice(at, 0, line);
      return lines.join('\n');
  }
}
