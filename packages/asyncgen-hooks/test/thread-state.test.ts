// Installing the package must leave the VM's thread state a plain object of data fields: an
// accessor on it (as origin capture once used) makes V8 answer every `tstate.x` in optimized code
// through its generic inline cache, which slowed generator-heavy programs by a fifth.
import { describe, expect, it } from 'vitest';
import { runMain } from '@corosim/vm';
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

  it('lets go of hooks still installed at exit, as PyThreadState_Clear does, without running their __del__', () => {
    // CPython 3.8 prints "hook" only: the hooks are dropped after sys.stdout is gone.
    const source = 'import sys\nclass Hook:\n    def __call__(self, agen): print("hook")\n    def __del__(self): print("del")\nsys.set_asyncgen_hooks(firstiter=Hook(), finalizer=Hook())\nasync def ag():\n    yield 1\na = ag()\ntry:\n    a.asend(None).send(None)\nexcept StopIteration:\n    pass\n';
    let stdout = '';
    let stderr = '';
    const outcome = runMain(source, {
      filename: 'hooks.py',
      checkRefcounts: true,
      write: (stream, text) => {
        if (stream === 'stdout') stdout += text;
        else stderr += text;
      },
    });
    expect(stdout).toBe('hook\n');
    expect(stderr).toBe('');
    expect(outcome.status === 'exited' ? outcome.exitCode : -1).toBe(0);
  });

  it('frees the frames of generators that die with the hooks, free list included, as _PyFrame_Fini does', () => {
    // The finalizer keeps the module's globals, so both generators die once the thread state lets
    // go of it; one frame becomes the code object's zombie, the other goes to the frame free list.
    const source = 'import sys\nasync def ag():\n    yield 1\na = ag()\nsys.set_asyncgen_hooks(finalizer=lambda g: None)\nc = ag()\nc.asend(None)\nprint("end")\n';
    let output = '';
    const outcome = runMain(source, {
      filename: 'frames.py',
      checkRefcounts: true,
      write: (_stream, text) => {
        output += text;
      },
    });
    expect(output).toBe('end\n');
    expect(outcome.status === 'exited' ? outcome.exitCode : -1).toBe(0);
  });
});
