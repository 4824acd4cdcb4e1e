// What happens while the interpreter finalizes, against output recorded from CPython 3.8.18:
// sys.is_finalizing(), the C-level "never awaited" warning once the modules are going, and the
// objects finalization must let go of (run with the reference-count check on).
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

function run(source: string): { status: number; stdout: string; stderr: string } {
  const r = runPython(source, 'fin.py', true);
  return { status: r.exitCode, stdout: r.stdout, stderr: r.stderr };
}

describe('interpreter finalization', () => {
  it('is finalizing after the atexit functions, while modules are torn down', () => {
    const source = [
      'import sys, atexit',
      'atexit.register(lambda: print("atexit", sys.is_finalizing()))',
      'print(sys.is_finalizing())',
      'class D:',
      '    def __del__(self):',
      '        print("del", sys.is_finalizing())',
      'd = D()',
      '',
    ].join('\n');
    expect(run(source)).toEqual({ status: 0, stdout: 'False\natexit False\ndel True\n', stderr: '' });
  });

  it('warns about a coroutine never awaited from C once the modules are going', () => {
    const source = [
      'async def user():',
      '    pass',
      'u = user()',
      '',
    ].join('\n');
    expect(run(source)).toEqual({ status: 0, stdout: '', stderr: "sys:1: RuntimeWarning: coroutine 'user' was never awaited\n" });
  });

  it('drops the weakref.finalize objects never called', () => {
    const source = [
      'import weakref',
      'class Res: pass',
      'r = Res()',
      'f = weakref.finalize(r, print, "never")',
      'f.atexit = False',
      '',
    ].join('\n');
    expect(run(source)).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('replaces the error of an async with whose __aexit__ gives no awaitable', () => {
    const source = [
      'class Exit:',
      '    async def __aenter__(self): return 1',
      '    def __aexit__(self, *a): return 0',
      'async def use():',
      '    async with Exit():',
      '        raise KeyError("body")',
      'try:',
      '    use().send(None)',
      'except TypeError as e:',
      '    print(e, "|", repr(e.__context__))',
      '',
    ].join('\n');
    expect(run(source)).toEqual({
      status: 0,
      stdout: "'async with' received an object from __aexit__ that does not implement __await__: int | KeyError('body')\n",
      stderr: '',
    });
  });
});
