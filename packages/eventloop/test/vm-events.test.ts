import { describe, expect, it } from 'vitest';
import { runMain } from '@corosim/vm';
import { asyncioLoopEvents$, currentAsyncioTaskName, vmEvents$, type LoopEvent, type VmEvent } from '../src/index.ts';
import '@corosim/asyncgen-hooks';

function run(source: string): void {
  runMain(source, { filename: 'v.py', write: () => undefined });
}

const GEN = 'def g():\n    yield 1\nlist(g())\n';

describe('vmEvents$', () => {
  it('delivers the VM events to every subscriber through one shared sink', () => {
    const a: VmEvent[] = [];
    const b: VmEvent[] = [];
    const sa = vmEvents$.subscribe((e) => a.push(e));
    const sb = vmEvents$.subscribe((e) => b.push(e));
    run(GEN);
    sa.unsubscribe();
    sb.unsubscribe();
    const yields = a.filter((e) => e.kind === 'yield');
    expect(yields).toEqual([{ kind: 'yield', qualname: 'g', lasti: 2 }]);
    expect(b).toEqual(a);
  });

  it('clears the sink when the last subscriber leaves', () => {
    const seen: VmEvent[] = [];
    vmEvents$.subscribe((e) => seen.push(e)).unsubscribe();
    run(GEN);
    expect(seen).toEqual([]);
  });
});

describe('asyncioLoopEvents$', () => {
  it('reports the task steps of a Python asyncio program, with the running task named', () => {
    const events: LoopEvent[] = [];
    const tasks: (string | null)[] = [];
    const loop = asyncioLoopEvents$.subscribe((e) => events.push(e));
    const vm = vmEvents$.subscribe((e) => {
      if (e.kind === 'call' && e.qualname === 'main') tasks.push(currentAsyncioTaskName());
    });
    run('import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n');
    loop.unsubscribe();
    vm.unsubscribe();
    expect(events.flatMap((e) => (e.kind === 'task-step' ? [[e.task, e.time]] : []))).toEqual([
      ['Task-1', 0],
      ['Task-1', 1],
      // asyncio.run's shutdown_asyncgens() runs as a task of its own.
      ['Task-2', 1],
    ]);
    expect(events).toContainEqual({ kind: 'clock-advanced', from: 0, to: 1 });
    expect(tasks).toEqual(['Task-1']);
    expect(currentAsyncioTaskName()).toBe(null);
  });
});
