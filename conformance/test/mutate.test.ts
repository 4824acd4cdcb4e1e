import { describe, expect, it } from 'vitest';
import { mutate, seededRandom } from '../src/mutate.ts';

const source = 'def f(x):\n    return x + 1\n';

describe('mutate', () => {
  it('gives the same mutant for the same seed', () => {
    expect(mutate(source, 'swap-tokens', seededRandom(7))).toBe(mutate(source, 'swap-tokens', seededRandom(7)));
  });

  it('swaps two neighbouring tokens of one line', () => {
    expect(mutate(source, 'swap-tokens', () => 0.4)).toBe('def f(x):\n    return + x 1\n');
  });

  it('truncates to a prefix', () => {
    expect(source.startsWith(mutate(source, 'truncate', seededRandom(1)))).toBe(true);
  });

  it('deletes the indentation of a line and nothing else', () => {
    const mutant = mutate(source, 'dedent-line', () => 0.4);
    expect(mutant).toBe('def f(x):\nreturn x + 1\n');
  });
});
