// type.__prepare__ and a metaclass's own __prepare__ calling it through super(). Expected output
// recorded from CPython 3.8.18.
import { expect, it } from 'vitest';
import { runMain } from '../../src/index.ts';

it('type.__prepare__ gives a new dict, as the class statement asks for one', () => {
  let out = '';
  runMain("print(type.__prepare__(\"x\", ()), type.__prepare__(\"y\", (), a=1))\nclass Meta(type):\n    @classmethod\n    def __prepare__(mcls, name, bases, **kw):\n        print(\"prepare\", name, kw)\n        return super().__prepare__(name, bases, **kw)\nclass C(metaclass=Meta):\n    x = 1\n    def __init_subclass__(cls, **kw): pass\nprint(sorted(k for k in C.__dict__ if not k.startswith(\"__\")))\n", { filename: 'prepare.py', write: (_, t) => (out += t), checkRefcounts: true });
  expect(out).toBe("{} {}\nprepare C {}\n['x']\n");
});
