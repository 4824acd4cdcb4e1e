// The reference-count debug mode: counts that move after a free, objects left at exit, and
// programs whose counts are right reporting nothing.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';
import { Heap } from '../../src/heap/heap.ts';
import { addressOf, arenaHandle } from '../../src/heap/handles.ts';
import { PyObject, decref, incref } from '../../src/runtime/object.ts';
import { noteAllocated, noteFreed, refcountProblems, startRefcountCheck } from '../../src/runtime/refcount-check.ts';
import { objectType } from '../../src/runtime/core-types.ts';

function checked(source: string): { status: number; stderr: string; stdout: string } {
  const r = runPython(source, 'checked.py', true);
  return { status: r.exitCode, stdout: r.stdout, stderr: r.stderr };
}

describe('refcount check', () => {
  it('reports a count that moves after its object was freed', () => {
    startRefcountCheck(true);
    const o = new PyObject(objectType, arenaHandle(0x7eff_0000_1000));
    noteFreed(o);
    decref(o);
    incref(o);
    incref(o);
    const problems = refcountProblems(new Heap());
    startRefcountCheck(false);
    expect(problems).toEqual(['object at 0x7eff00001000: reference count moved by +1 after it was freed']);
  });

  it('reports what is still on the heap, by type', () => {
    const heap = new Heap();
    startRefcountCheck(true);
    const kept = addressOf(heap.allocateHandle(32, false, 0));
    const freed = addressOf(heap.allocateHandle(32, false, 0));
    noteAllocated(kept, objectType);
    noteAllocated(freed, objectType);
    heap.release(freed);
    const problems = refcountProblems(heap);
    startRefcountCheck(false);
    expect(problems).toEqual([`1 objects left alive at exit that CPython 3.8 frees: 1 object`, `  object at 0x${kept.toString(16)}`]);
  });

  it.each([
    ['classes with descriptors', 'class A:\n    x = property(lambda s: 1)\n    @staticmethod\n    def f(): pass\n    @classmethod\n    def g(c): pass\nprint(A().x)\n'],
    ['a metaclass', 'class M(type): pass\nclass A(metaclass=M): pass\nprint(A)\n'],
    ['yield from an iterator class, closed', 'class It:\n    def __iter__(self): return self\n    def __next__(self): return 1\ndef g():\n    yield from It()\nx = g()\nnext(x)\nx.close()\n'],
    ['throw() into an await of an object without throw()', 'class N:\n    def __await__(self): return self\n    def __next__(self): return 1\nasync def top(a):\n    return await a\nc = top(N())\nc.send(None)\ntry:\n    c.throw(IndexError)\nexcept IndexError:\n    print("raised")\n'],
    ['print to a file object', 'class F:\n    def write(self, s): pass\n    def flush(self): pass\nprint(1, file=F(), flush=True)\n'],
    ['gc callbacks', 'import gc\ngc.callbacks.append(lambda *a: None)\ngc.collect()\n'],
    ['isinstance and issubclass with tuples', 'class N: pass\nprint(isinstance(2, (int, N)), issubclass(bool, (str, (int,))))\n'],
    ['failed unpacking', 'for v in (5, [1], [1, 2, 3]):\n    try:\n        a, b = v\n    except (TypeError, ValueError) as e:\n        print(e)\n'],
    ['sum() refusing its start', 'try:\n    sum([], bytearray())\nexcept TypeError as e:\n    print(e)\n'],
    ['classes that fail to be made', 'for ns in ({"__slots__": ("x",), "x": 1}, {"__slots__": ("1x",)}):\n    try:\n        type("C", (), ns)\n    except (TypeError, ValueError) as e:\n        print(e)\nclass A:\n    def __set_name__(s, o, n): raise KeyError(n)\ntry:\n    class B:\n        a = A()\nexcept RuntimeError as e:\n    print(e, repr(e.__cause__))\n'],
    ['the __mro__ of a built-in type', 'print(int.__mro__ is int.__mro__)\n'],
    ['exec and eval in a function, on its locals', 'def f():\n    y = 1\n    exec("z = {}")\n    print(eval("y + 1"))\nf()\n'],
    ['imports of missing names and submodules', 'for stmt in ("import collections.zzz", "from collections import zzz", "from collections import UserList"):\n    try:\n        exec(stmt)\n    except ImportError as e:\n        print(type(e).__name__, e.name)\n'],
    ['a ** mapping with a duplicate keyword', 'def f(**k): pass\ntry:\n    f(a=1, **{"a": 2, "b": 3})\nexcept TypeError as e:\n    print(e)\n'],
    ['trace and profile functions still set at exit', 'import sys\ndef t(*a): return None\nsys.settrace(t)\nsys.setprofile(t)\nx = 1\n'],
  ])('finds nothing wrong in %s', (_name, source) => {
    const run = checked(source);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('keeps the status and message of a program that fails, when the counts are right', () => {
    const run = checked('raise ValueError("boom")\n');
    expect(run.stderr).toMatch(/ValueError: boom\n$/);
    expect(run.status).toBe(1);
  });

  it('lets the collector find a cycle through a WarningMessage, as CPython 3.8 does', () => {
    // Expected counts recorded from CPython 3.8.18.
    const source = [
      'import gc, warnings',
      'class Box: pass',
      'g = {}',
      'b = Box()',
      'g["w"] = warnings.WarningMessage("m", UserWarning, "f", 1, source=b)',
      'b.g = g',
      'del g, b',
      'print(gc.collect())',
      '',
    ].join('\n');
    expect(checked(source)).toEqual({ status: 0, stdout: '5\n', stderr: '' });
  });
});
