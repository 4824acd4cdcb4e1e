// gc, weakref and atexit: expected output recorded from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runPy } from '../support/run-python.ts';


describe('memory modules', () => {
  it('weakrefs, collection counts, is_tracked and atexit order agree with CPython 3.8', () => {
    const source = "import gc, weakref, atexit, sys\ngc.disable()\nclass A: pass\na = A()\nr = weakref.ref(a, lambda w: print(\"cb\", w() is None))\nr2 = weakref.ref(a)\nprint(weakref.getweakrefcount(a), r2 is weakref.ref(a), r() is a, sys.getrefcount(a))\ndel a\nprint(r(), gc.collect())\nl = []; l.append(l); del l\nb, c = A(), A(); b.c, c.b = c, b; del b, c\nprint(gc.collect(), gc.is_tracked({}), gc.is_tracked({\"a\": []}), gc.isenabled())\natexit.register(print, \"exit 1\")\natexit.register(print, \"exit 2\")\ntry:\n    weakref.ref(1)\nexcept TypeError as e:\n    print(e)\n";
    expect(runPy(source)).toBe("2 True True 2\ncb True\nNone 0\n5 False True False\ncannot create weak reference to 'int' object\nexit 2\nexit 1\n");
  });
});
