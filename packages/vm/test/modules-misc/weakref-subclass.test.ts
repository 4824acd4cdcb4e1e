// weakref.ref subclasses with their own keyword arguments (the ExtendedRef example of the
// library reference), and ref's argument errors. Expected output recorded from CPython 3.8.18.
import { expect, it } from 'vitest';
import { runMain } from '../../src/index.ts';

it('weakref.ref takes its referent and callback positionally, leaving keywords to a subclass', () => {
  let out = '';
  runMain("import weakref\nclass ExtendedRef(weakref.ref):\n    def __init__(self, ob, callback=None, **annotations):\n        super().__init__(ob, callback)\n        self.__counter = 0\n        for k, v in annotations.items():\n            setattr(self, k, v)\n    def __call__(self):\n        ob = super().__call__()\n        if ob is not None:\n            self.__counter += 1\n            ob = (ob, self.__counter)\n        return ob\nclass A:\n    pass\na = A()\nr = ExtendedRef(a, foo=1, bar=\"baz\")\nprint(r.foo, r.bar, r()[1], r()[1], r()[0] is a)\ndel a\nprint(r() is None)\nclass C: pass\nc = C()\nfor a in ((), (c, None, 1)):\n    try:\n        weakref.ref(*a)\n    except TypeError as e:\n        print(e)\nprint(weakref.ref(c, None)() is c)\n", { filename: 'extref.py', write: (_, t) => (out += t), checkRefcounts: true });
  expect(out).toBe("1 baz 1 2 True\nTrue\n__new__ expected at least 1 argument, got 0\n__new__ expected at most 2 arguments, got 3\nTrue\n");
});
