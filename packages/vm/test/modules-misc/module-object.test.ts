// Module objects: attribute lookup with PEP 562 __getattr__, the missing-attribute message,
// importlib's reprs, ModuleType(name, doc) and its argument errors, sys.builtin_module_names.
// Expected output recorded from CPython 3.8.18 (`python3.8 mod.py`).
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/index.ts';

const SOURCE = "import sys, types, gc\nprint(repr(sys), repr(gc), repr(types.ModuleType(\"m\", \"doc\")))\nprint(sys.modules[\"__main__\"])\nm = types.ModuleType(\"dyn\")\nm.__getattr__ = lambda name: \"got \" + name\nprint(m.anything, m.__doc__)\nm2 = types.ModuleType(\"m2\"); del m2.__dict__[\"__name__\"]\ntry:\n    m2.zz\nexcept AttributeError as e:\n    print(e)\nprint(repr(m2))\nclass Sub(types.ModuleType):\n    pass\ns = Sub(\"sub\")\nprint(type(s).__name__, s.__name__, repr(s))\nfor args in ((), (1,)):\n    try:\n        types.ModuleType(*args)\n    except TypeError as e:\n        print(e)\ntry:\n    sys.nope\nexcept AttributeError as e:\n    print(e)\nprint(sys.builtin_module_names[:3], len(sys.builtin_module_names))\n";
const EXPECTED = "<module 'sys' (built-in)> <module 'gc' (built-in)> <module 'm'>\n<module '__main__' from 'mod.py'>\ngot anything None\nmodule has no attribute 'zz'\n<module '?'>\nSub sub <module 'sub'>\nmodule() missing required argument 'name' (pos 1)\nmodule() argument 'name' must be str, not int\nmodule 'sys' has no attribute 'nope'\n('_abc', '_ast', '_codecs') 30\n";

describe('module objects', () => {
  it('look up, repr and construct as CPython 3.8', () => {
    let out = '';
    const outcome = runMain(SOURCE, { filename: 'mod.py', write: (_, t) => (out += t), checkRefcounts: true });
    expect(out).toBe(EXPECTED);
    expect(outcome).toEqual({ status: 'exited', exitCode: 0 });
  });
});
