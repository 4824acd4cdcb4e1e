// isinstance and issubclass as PyObject_IsInstance/IsSubclass order their steps: the exact type,
// a class of metaclass `type` without asking it, tuples, then __instancecheck__/__subclasscheck__
// (ABCs, user metaclasses), and __class__ for proxies. Expected output recorded from CPython 3.8.18.
import { expect, it } from 'vitest';
import { runMain } from '../../src/index.ts';

it('isinstance and issubclass ask what CPython 3.8 asks, in its order', () => {
  let out = '';
  runMain("import weakref, collections.abc as cabc\nclass C: pass\nc = C()\np = weakref.proxy(c)\nprint(isinstance(p, C), isinstance(c, (int, C)), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))\nclass Meta(type):\n    def __instancecheck__(cls, inst):\n        print(\"check\", type(inst).__name__)\n        return False\n    def __subclasscheck__(cls, sub):\n        print(\"subcheck\", sub.__name__)\n        return True\nclass A(metaclass=Meta): pass\nclass B(A): pass\nprint(isinstance(B(), A), isinstance(A(), A), issubclass(int, A), issubclass(A, A))\nfor args in ((1, cabc.Iterable), (1, int), (int, 1)):\n    try:\n        print(issubclass(*args))\n    except TypeError as e:\n        print(e)\ntry:\n    isinstance(1, 1)\nexcept TypeError as e:\n    print(e)\nprint(issubclass(list, cabc.MutableSequence), isinstance((x for x in []), cabc.Generator), issubclass(dict, (cabc.Sequence, cabc.Mapping)))\n", { filename: 'isinstance.py', write: (_, t) => (out += t), checkRefcounts: true });
  expect(out).toBe("True True True False\ncheck B\nsubcheck int\nsubcheck A\nFalse True True True\nissubclass() arg 1 must be a class\nissubclass() arg 1 must be a class\nissubclass() arg 2 must be a class or tuple of classes\nisinstance() arg 2 must be a type or tuple of types\nTrue True True\n");
});
