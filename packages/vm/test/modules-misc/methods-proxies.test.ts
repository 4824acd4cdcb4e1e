// Bound methods compare and hash as CPython's (`method_richcompare`, `method_hash`) and
// types.MethodType makes them; weak proxies forward the container and iterator protocols and
// comparisons; a functools.partial clears its weak references when it dies. Expected output
// recorded from CPython 3.8.18.
import { expect, it } from 'vitest';
import { runMain } from '../../src/index.ts';

it('bound methods, weak proxies and partial objects behave as in CPython 3.8', () => {
  let out = '';
  runMain("import types, weakref, functools\nclass C:\n    def m(self): return 1\n    def __iter__(self): return iter([1, 2])\n    def __len__(self): return 2\nc = C()\nprint(c.m == c.m, c.m != c.m, c.m == C().m, hash(c.m) == hash(c.m))\nbm = types.MethodType(C.m, c)\nprint(bm(), bm == c.m, bm.__self__ is c)\np = weakref.proxy(c)\nprint(list(p), len(p))\npf = functools.partial(print, 1)\nr = weakref.ref(pf, lambda r: print(\"partial died\"))\ndel pf\nprint(r())\ntry:\n    types.MethodType(1, c)\nexcept TypeError as e:\n    print(e)\nclass S:\n    def __init__(self): self.d = {\"a\": 1}\n    def __getitem__(self, k): return self.d[k]\n    def __setitem__(self, k, v): self.d[k] = v\n    def __delitem__(self, k): del self.d[k]\n    def __contains__(self, k): return k in self.d\n    def __eq__(self, o): return o == 5\ns = S(); ps = weakref.proxy(s)\nps[\"b\"] = 2; print(ps[\"a\"], \"b\" in ps, ps == 5, 5 == ps); del ps[\"a\"]; print(s.d)\ntry:\n    next(weakref.proxy(c))\nexcept TypeError as e:\n    print(e)\n", { filename: 'methods.py', write: (_, t) => (out += t), checkRefcounts: true });
  expect(out).toBe("True False False True\n1 True True\n[1, 2] 2\npartial died\nNone\nfirst argument must be callable\n1 True True True\n{'b': 2}\n'C' object is not iterable\n");
});
