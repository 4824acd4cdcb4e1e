// Async generators and their hooks, against CPython 3.8's output (recorded with
// PYENV_VERSION=3.8.18 python3.8; tests never run it): asend awaitables, the free list reusing one
// slot, aclose, and the sys hook functions of @corosim/asyncgen-hooks.
import { describe, expect, it } from 'vitest';
import '../src/index.ts';
import { runPython } from './run-python.ts';

const PROGRAM = "import sys\nasync def agen(n):\n    for i in range(n):\n        x = yield i\n        print(\"got\", x)\n    print(\"done\")\ng = agen(2)\nprint(type(g).__name__, g.ag_running, g.ag_frame.f_lasti, g.ag_await, g.__name__, g.__qualname__)\na = g.asend(None)\nprint(type(a).__name__)\ntry:\n    a.send(None)\nexcept StopIteration as e:\n    print(\"yielded\", e.value)\nb = g.asend(\"hello\")\ntry:\n    b.send(None)\nexcept StopIteration as e:\n    print(\"yielded\", e.value, g.ag_frame.f_lasti)\ntry:\n    b.send(None)\nexcept RuntimeError as e:\n    print(\"RuntimeError\", e)\nids = []\nfor k in range(3):\n    aw = g.__anext__()\n    ids.append(id(aw))\n    del aw\nprint(\"asend objects reuse one slot:\", len(set(ids)) == 1)\nc = g.aclose()\ntry:\n    c.send(None)\nexcept StopIteration:\n    print(\"closed\", g.ag_frame)\nprint(sys.get_asyncgen_hooks())\nseen = []\nsys.set_asyncgen_hooks(firstiter=lambda gen: seen.append((\"first\", gen.__name__)), finalizer=lambda gen: seen.append((\"fin\", gen.__name__)))\nh = agen(3)\nh.__anext__().send(None) if False else None\ntry:\n    h.asend(None).send(None)\nexcept StopIteration:\n    pass\ndel h\nprint(seen)\ntry:\n    sys.set_asyncgen_hooks(firstiter=1)\nexcept TypeError as e:\n    print(\"TypeError\", e)\nsys.set_coroutine_origin_tracking_depth(2)\nprint(sys.get_coroutine_origin_tracking_depth())\ntry:\n    sys.set_coroutine_origin_tracking_depth(-1)\nexcept ValueError as e:\n    print(\"ValueError\", e)\n";

const CPYTHON = "async_generator False -1 None agen agen\nasync_generator_asend\nyielded 0\ngot hello\nyielded 1 14\nRuntimeError cannot reuse already awaited __anext__()/asend()\nasend objects reuse one slot: True\nclosed None\nasyncgen_hooks(firstiter=None, finalizer=None)\n[('first', 'agen'), ('fin', 'agen')]\nTypeError callable firstiter expected, got int\n2\nValueError depth must be >= 0\n";

describe('async generators with the sys hook functions', () => {
  it('steps, reuses the asend slot, closes, and calls the hooks as CPython 3.8 does', () => {
    expect(runPython(PROGRAM, 'agen.py').stdout).toBe(CPYTHON);
  });
});
