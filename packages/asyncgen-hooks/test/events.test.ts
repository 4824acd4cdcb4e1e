import { describe, expect, it } from 'vitest';
import { events$, type AsyncgenHooksEvent } from '../src/index.ts';
import { runPython } from './run-python.ts';

const PROGRAM = String.raw`
import sys
def firstiter(agen):
    pass
def finalizer(agen):
    pass
async def gen():
    yield 1
    yield 2
async def coro():
    pass
def make():
    return coro()
sys.set_asyncgen_hooks(firstiter, finalizer)
g = gen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
del g
sys.set_asyncgen_hooks(None, None)
sys.set_coroutine_origin_tracking_depth(2)
c = make()
c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = make()
c.close()
`;

describe('events$', () => {
  it('reports hook changes, hook calls and origin captures in order, without changing the output', () => {
    const seen: AsyncgenHooksEvent[] = [];
    const subscription = events$.subscribe((e) => seen.push(e));
    let ran;
    try {
      ran = runPython(PROGRAM, 'events.py');
    } finally {
      subscription.unsubscribe();
    }
    expect(ran.stdout).toBe('got 1\n');
    expect(ran.stderr).toBe('');
    expect(seen.map((e) => e.kind)).toEqual([
      'hooks-set', 'firstiter-called', 'finalizer-called', 'hooks-set', 'origin-tracking-depth-set', 'origin-captured',
      'origin-tracking-depth-set',
    ]);
    expect(seen[0]).toEqual({ kind: 'hooks-set', firstiterType: 'function', finalizerType: 'function' });
    const first = seen[1];
    expect(first?.kind === 'firstiter-called' ? first.agen.qualname : null).toBe('gen');
    expect(first?.kind === 'firstiter-called' ? first.hookType : null).toBe('function');
    expect(seen[3]).toEqual({ kind: 'hooks-set', firstiterType: null, finalizerType: null });
    expect(seen[5]).toEqual({ kind: 'origin-captured', depth: 2, creator: 'make' });
  });

  it('is silent when nobody subscribes', () => {
    expect(runPython('import sys\nsys.set_asyncgen_hooks(None, None)\nprint(sys.get_asyncgen_hooks())\n', 'quiet.py').stdout)
      .toBe('asyncgen_hooks(firstiter=None, finalizer=None)\n');
  });
});
