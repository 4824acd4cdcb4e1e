import { afterEach, describe, expect, it } from 'vitest';
import { setVmEventSink, type VmEvent } from '../../src/index.ts';
import { runPython } from '../support/run-python.ts';

/** Runs `source` with a sink set and returns what it received. */
function eventsOf(source: string): VmEvent[] {
  const events: VmEvent[] = [];
  setVmEventSink((event) => events.push(event));
  try {
    runPython(source, 'ev.py');
  } finally {
    setVmEventSink(null);
  }
  return events;
}

const GEN = 'def gen():\n    yield 1\n    yield 2\n\nfor x in gen():\n    pass\n';

describe('the VM event sink', () => {
  afterEach(() => {
    setVmEventSink(null);
  });

  it('reports calls, yields, resumes and returns of a generator in order', () => {
    const frames = eventsOf(GEN).filter((e) => e.kind !== 'alloc' && e.kind !== 'free' && e.kind !== 'raise');
    const gen = frames.filter((e) => 'qualname' in e && e.qualname === 'gen');
    expect(gen).toEqual([
      { kind: 'call', qualname: 'gen', file: 'ev.py', line: 1, depth: 2 },
      { kind: 'yield', qualname: 'gen', lasti: 2 },
      { kind: 'resume', qualname: 'gen', lasti: 2 },
      { kind: 'yield', qualname: 'gen', lasti: 8 },
      { kind: 'resume', qualname: 'gen', lasti: 8 },
      { kind: 'return', qualname: 'gen', depth: 2 },
    ]);
    expect(frames[0]).toMatchObject({ kind: 'call', qualname: '<module>', line: 1 });
    expect(frames.at(-1)).toMatchObject({ kind: 'return', qualname: '<module>' });
  });

  it('reports raises with the type, message and frame, without running Python code', () => {
    const raises = eventsOf("def f():\n    raise ValueError('boom')\ntry:\n    f()\nexcept ValueError:\n    pass\n").filter((e) => e.kind === 'raise');
    expect(raises).toContainEqual({ kind: 'raise', type: 'ValueError', message: 'boom', qualname: 'f' });
  });

  it('reports allocations and frees of the simulated heap', () => {
    const events = eventsOf('x = [1, 2]\ndel x\n');
    const heap = events.flatMap((e) => (e.kind === 'alloc' || e.kind === 'free' ? [e] : []));
    const address = heap.find((e) => e.kind === 'free' && e.type === 'list')?.address;
    expect(heap.filter((e) => e.address === address)).toEqual([
      { kind: 'alloc', type: 'list', address, size: 40 },
      { kind: 'free', type: 'list', address },
    ]);
  });

  it('reports a float kept on its free list and taken again, the addresses as without a sink', () => {
    const source = 'a = 1.5\nb = a * 2.0\nprint(id(b))\ndel b\nc = a * 3.0\nprint(id(c))\n';
    const events: VmEvent[] = [];
    setVmEventSink((event) => events.push(event));
    let watched: string;
    try {
      watched = runPython(source, 'ev.py').stdout;
    } finally {
      setVmEventSink(null);
    }
    const unwatched = runPython(source, 'ev.py').stdout;
    expect(watched).toBe(unwatched);
    const [b, c] = unwatched.split('\n').map(Number);
    expect(c).toBe(b);
    expect(events.filter((e) => (e.kind === 'alloc' || e.kind === 'free') && e.address === b)).toEqual([
      { kind: 'alloc', type: 'float', address: b, size: 24 },
      { kind: 'free', type: 'float', address: b },
      { kind: 'alloc', type: 'float', address: b, size: 24 },
      { kind: 'free', type: 'float', address: b }, // c, at exit
    ]);
  });

  it('reports unraisable exceptions', () => {
    const source = 'class A:\n    def __del__(self):\n        raise KeyError(1)\nA()\n';
    expect(eventsOf(source).filter((e) => e.kind === 'unraisable')).toEqual([{ kind: 'unraisable', message: 'KeyError: 1' }]);
  });

  it('emits nothing once the sink is cleared', () => {
    const events: VmEvent[] = [];
    setVmEventSink((event) => events.push(event));
    setVmEventSink(null);
    runPython(GEN, 'ev.py');
    expect(events).toEqual([]);
  });
});
