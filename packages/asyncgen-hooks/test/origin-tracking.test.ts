import { describe, expect, it } from 'vitest';
import { checkOriginTrackingDepth } from '../src/origin-tracking.ts';

describe('checkOriginTrackingDepth', () => {
  it.each([0, 1, 100])('accepts depth %d', (depth) => {
    expect(checkOriginTrackingDepth(depth)).toBeUndefined();
  });

  it('refuses a negative depth with the ValueError CPython raises', () => {
    expect(checkOriginTrackingDepth(-1)).toEqual({ type: 'ValueError', message: 'depth must be >= 0' });
  });
});
