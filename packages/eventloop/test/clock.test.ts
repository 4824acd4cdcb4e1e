import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../src/clock.ts';

describe('VirtualClock', () => {
  it('starts at zero', () => {
    expect(new VirtualClock().time()).toBe(0);
  });

  it('never goes back', () => {
    const clock = new VirtualClock();
    clock.advanceBy(86_400);
    clock.advanceBy(-5);
    expect(clock.time()).toBe(86_400);
  });

  it('accumulates sleeps as repeated float additions, as time.sleep does', () => {
    const clock = new VirtualClock();
    for (let i = 0; i < 10; i++) clock.advanceBy(0.1);
    expect(clock.time()).toBe(0.9999999999999999);
  });

  it('counts a deadline within a microsecond as due', () => {
    const clock = new VirtualClock();
    clock.advanceBy(1);
    expect([clock.isDue(1.0000009), clock.isDue(1.000002)]).toEqual([true, false]);
  });
});
