// Installing the package must leave the VM's thread state a plain object of data fields: an
// accessor on it (as origin capture once used) makes V8 answer every `tstate.x` in optimized code
// through its generic inline cache, which slowed generator-heavy programs by a fifth.
import { describe, expect, it } from 'vitest';
import { rt } from '@corosim/vm/host';
import '../src/index.ts';
import { runPython } from './run-python.ts';

describe('the thread state', () => {
  it('keeps data fields only once the hooks are installed and used', () => {
    const ran = runPython('import sys\nsys.set_coroutine_origin_tracking_depth(3)\nasync def f():\n    pass\nc = f()\nprint(c.cr_origin is not None, sys.get_coroutine_origin_tracking_depth())\nc.close()\n', 'main.py');
    expect(ran.stdout).toBe('True 3\n');
    const accessors = Object.entries(Object.getOwnPropertyDescriptors(rt.tstate)).filter(([, d]) => d.get !== undefined || d.set !== undefined);
    expect(accessors.map(([name]) => name)).toEqual([]);
  });
});
