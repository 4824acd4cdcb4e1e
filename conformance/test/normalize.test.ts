import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, splitLinesKeepEnds } from '../src/normalize.ts';

// Inputs with what the oracle's own normalize.py made of them (fixtures/make-normalize-golden.py).
const golden = JSON.parse(readFileSync(new URL('fixtures/normalize.json', import.meta.url), 'utf8')) as {
  input: string;
  output: string;
}[];

describe('normalize', () => {
  it.each(golden.map((g, i) => [i, g] as const))('agrees with normalize.py on input %d', (_, { input, output }) => {
    expect(normalize(input, 'gen/demo.py')).toBe(output);
  });
});

describe('splitLinesKeepEnds', () => {
  it('splits where Python splits, keeping the ends', () => {
    expect(splitLinesKeepEnds('a\r\nb\rc\n\nd')).toEqual(['a\r\n', 'b\r', 'c\n', '\n', 'd']);
  });

  it('gives no line for the empty string', () => {
    expect(splitLinesKeepEnds('')).toEqual([]);
  });
});
