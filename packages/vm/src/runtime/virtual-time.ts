/**
 * The virtual clock of a run: what `time.time()`, `time.monotonic()` and `time.sleep()` see.
 * It starts at 0.0 for every program and only moves when something advances it (`time.sleep`,
 * or later the event loop through the host interface). Stands in for CPython 3.8
 * Python/pytime.c's system clocks, which corosim never reads.
 * @module
 */

let seconds = 0;

/** The current virtual time, in seconds. */
export function now(): number {
  return seconds;
}

/** Moves the clock forward by `delta` seconds (negative or NaN deltas are ignored). */
export function advance(delta: number): void {
  if (delta > 0) seconds += delta;
}

/** Puts the clock back to 0.0 (at the start of each run). */
export function resetVirtualTime(): void {
  seconds = 0;
}
