import { describe, expect, it } from 'vitest';
import { firstDifference } from '../src/first-difference.ts';

describe('firstDifference', () => {
  it('is undefined for equal texts', () => {
    expect(firstDifference('stdout', 'a\nb\n', 'a\nb\n')).toBeUndefined();
  });

  it.each([
    ['a\nb\n', 'a\nc\n', 'stdout line 2: expected "b", got "c"'],
    ['a\nb\n', 'a\n', 'stdout line 2: expected "b", got ""'],
    ['a\n', 'a', 'stdout line 2: expected "", got end of output'],
    ['', 'extra\n', 'stdout line 1: expected "", got "extra"'],
  ])('names the first differing line of %j and %j', (expected, actual, message) => {
    expect(firstDifference('stdout', expected, actual)).toBe(message);
  });

  it('shortens long lines', () => {
    expect(firstDifference('dis', 'x'.repeat(100), 'y')).toBe(`dis line 1: expected "${'x'.repeat(60)}...", got "y"`);
  });
});
