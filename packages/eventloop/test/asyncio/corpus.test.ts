// Runs the coro/ and loop/ conformance cases that the asyncio module passes, against their goldens.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMain } from '@corosim/vm';
import '../../src/asyncio/index.ts';
import '@corosim/asyncgen-hooks';

const root = new URL('../../../../conformance/cases/', import.meta.url);

function run(area: string, name: string): { out: string; err: string; code: number } {
  const file = new URL(`${area}/${name}.py`, root);
  let out = '';
  let err = '';
  const outcome = runMain(readFileSync(file, 'utf8'), {
    filename: `${area}/${name}.py`,
    write: (stream, text) => {
      if (stream === 'stdout') out += text;
      else err += text;
    },
  });
  return { out, err, code: outcome.status === 'exited' ? outcome.exitCode : -1 };
}

function golden(area: string, name: string, ext: string): string {
  const file = new URL(`${area}/${name}.${ext}`, root);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

const passing: readonly (readonly [string, string])[] = [
  ['coro', 'async_for_errors'],
  ['coro', 'exceptions'],
  ['coro', 'hand_driven_awaitable'],
  ['coro', 'names_and_repr'],
  ['coro', 'never_awaited'],
  ['coro', 'never_awaited_filters'],
  ['coro', 'origin'],
  ['coro', 'origin_in_warning'],
  ['coro', 'seed_cor'],
  ['coro', 'uncaught_by_hand'],
  ['coro', 'uncaught_in_run'],
  ['loop', 'backoff_rate_limit'],
  ['loop', 'blocking_sleep_clock'],
  ['loop', 'callbacks'],
  ['loop', 'cancel_future_waiter'],
  ['loop', 'cancelled_error_handling'],
  ['loop', 'done_callback_order'],
  ['loop', 'exception_handler_messages'],
  ['loop', 'gather'],
  ['loop', 'loop_lifecycle'],
  ['loop', 'run_until_complete'],
  ['loop', 'shield_cancel'],
  ['loop', 'shield_outer_state'],
  ['loop', 'sleep_order'],
  ['loop', 'sleep_zero_round_robin'],
  ['loop', 'stop_mid_iteration'],
  ['loop', 'time_module'],
  ['loop', 'wait'],
  ['loop', 'wait_first_exception_edge'],
  ['loop', 'wait_modes'],
];

describe('asyncio conformance cases', () => {
  for (const [area, name] of passing) {
    it(`${area}/${name}`, () => {
      const r = run(area, name);
      const norm = (t: string): string => t.replace(/0x[0-9a-f]+/g, '0x?');
      expect(norm(r.out)).toBe(norm(golden(area, name, 'out')));
      expect(norm(r.err)).toBe(norm(golden(area, name, 'err')));
    });
  }
});
