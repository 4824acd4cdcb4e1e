// Handle and TimerHandle as events.py defines them: a handle owns its callback and arguments until it is cancelled (then its repr in debug mode is the one it had when cancelled) or freed.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const cases: readonly (readonly [string, string, string, string, number])[] = [
  ["handle_debug_cancel.py", "# A cancelled handle drops its callback and arguments, and in debug mode keeps the repr it had\n# when cancelled (events.py saves `_repr`); a handle that has run keeps its callback.\nimport asyncio\n\nclass Noisy:\n    def __init__(self, name):\n        self.name = name\n    def __repr__(self):\n        return 'Noisy(%s)' % self.name\n    def __del__(self):\n        print('del', self.name)\n\ndef cb(x):\n    print('cb', x)\n\nloop = asyncio.new_event_loop()\nh = loop.call_soon(cb, Noisy('soon'))\nt = loop.call_later(1, cb, Noisy('later'))\nprint(h, t)\nh.cancel()\nt.cancel()\nprint(h, t)\nloop.set_debug(True)\nh = loop.call_soon(print)\nt = loop.call_at(1, cb, Noisy('debug'))\nh.cancel()\nt.cancel()\nprint(h)\nprint(t)\nh.cancel()\nprint(h.cancelled(), t.cancelled())\nloop.set_debug(False)\nr = loop.call_soon(cb, Noisy('ran'))\nloop.call_soon(loop.stop)\nloop.run_forever()\nprint('ran:', r)\ndel r\nprint('after del')\nr2 = loop.call_soon(cb, Noisy('ran2'))\nloop.call_soon(loop.stop)\nloop.run_forever()\nr2.cancel()\nprint('cancelled after run:', r2)\nloop.close()\nprint('end')\n", "<Handle cb(Noisy(soon)) at handle_debug_cancel.py:13> <TimerHandle when=1.0 cb(Noisy(later)) at handle_debug_cancel.py:13>\ndel soon\ndel later\n<Handle cancelled> <TimerHandle cancelled when=1.0>\ndel debug\n<Handle cancelled print() created at handle_debug_cancel.py:24>\n<TimerHandle cancelled when=1 cb(Noisy(debug)) at handle_debug_cancel.py:13 created at handle_debug_cancel.py:25>\nTrue True\ncb Noisy(ran)\nran: <Handle cb(Noisy(ran)) at handle_debug_cancel.py:13>\ndel ran\nafter del\ncb Noisy(ran2)\ndel ran2\ncancelled after run: <Handle cancelled>\nend\n", "", 0],
];

describe('handle-object', () => {
  it.each(cases)('%s prints what CPython 3.8 prints', (name, source, stdout, stderr, status) => {
    const run = runChecked(source, name);
    expect(run.stdout).toBe(stdout);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(status);
  });
});
