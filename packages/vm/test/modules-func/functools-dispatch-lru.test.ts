// singledispatch over registered ABCs (_compose_mro/_find_impl) and lru_cache hashing a key once per call. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "lru_cache hashes a key once per call, and an evicted key is not hashed again",
    file: "lru_hash_once.py",
    source: "# lru_cache hashes a key once per call, and an evicted key is not hashed again\nimport functools\nclass H:\n    def __init__(self, v): self.v = v\n    def __hash__(self):\n        print('hash', self.v)\n        return hash(self.v)\n    def __eq__(self, o):\n        print('eq', self.v, o.v)\n        return self.v == o.v\n@functools.lru_cache(maxsize=2)\ndef bounded(o): return o.v\n@functools.lru_cache(maxsize=None)\ndef unbounded(o): return o.v\nfor f in (bounded, unbounded):\n    for v in (1, 1, 2, 3, 1):\n        print('call', v, f(H(v)))\n    print(f.cache_info())\n@functools.lru_cache(maxsize=2)\ndef kw(o, **k): return o.v\nkw(H(5), a=1); kw(H(5), a=1)\nprint(kw.cache_info())\n",
    stdout: "hash 1\ncall 1 1\nhash 1\neq 1 1\ncall 1 1\nhash 2\ncall 2 2\nhash 3\ncall 3 3\nhash 1\ncall 1 1\nCacheInfo(hits=1, misses=4, maxsize=2, currsize=2)\nhash 1\ncall 1 1\nhash 1\neq 1 1\ncall 1 1\nhash 2\ncall 2 2\nhash 3\ncall 3 3\nhash 1\neq 1 1\ncall 1 1\nCacheInfo(hits=2, misses=3, maxsize=None, currsize=3)\nhash 5\nhash 5\neq 5 5\nCacheInfo(hits=1, misses=1, maxsize=2, currsize=1)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "singledispatch weaves registered ABCs into the MRO (_compose_mro), virtual subclasses included",
    file: "singledispatch_abcs.py",
    source: "# singledispatch weaves registered ABCs into the MRO (_compose_mro), virtual subclasses included\nimport functools\nfrom collections.abc import Sequence, Mapping, Iterable, Sized, Container, MutableSequence, Collection\n@functools.singledispatch\ndef f(a): return 'base'\n@f.register(Iterable)\ndef _(a): return 'iterable'\n@f.register(Sequence)\ndef _(a): return 'sequence'\n@f.register(Mapping)\ndef _(a): return 'mapping'\nprint(f([1]), f('s'), f((1,)), f({}), f(5), f(iter([])), f(range(3)), f({1}))\nclass V: pass\nSequence.register(V)\nprint(f(V()), f.dispatch(V).__name__, f.dispatch(list) is f.registry[Sequence])\n@functools.singledispatch\ndef g(a): return 'base'\ng.register(Sized, lambda a: 'sized')\ng.register(Container, lambda a: 'container')\nclass Both:\n    def __len__(self): return 0\n    def __contains__(self, x): return False\ntry:\n    g(Both())\nexcept RuntimeError as e:\n    print(e)\ntry:\n    print(g([]))\nexcept RuntimeError as e:\n    print(e)\n@functools.singledispatch\ndef h(a): return 'base'\nh.register(MutableSequence, lambda a: 'mutable')\nh.register(Collection, lambda a: 'collection')\nprint(h([]), h(()), h(''), h({}), h(1))\n@functools.singledispatch\ndef nobase(a): return 'base'\nprint(type(nobase.registry).__name__, nobase.registry[object] is nobase)\ntry:\n    nobase(1)\nexcept TypeError as e:\n    print(e)\nprint(nobase.dispatch(int))\n",
    stdout: "sequence sequence sequence mapping base iterable sequence iterable\nsequence _ True\nAmbiguous dispatch: <class 'collections.abc.Sized'> or <class 'collections.abc.Container'>\nAmbiguous dispatch: <class 'collections.abc.Sized'> or <class 'collections.abc.Container'>\nmutable collection collection collection base\nmappingproxy False\n<function nobase at 0x?>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functools dispatch and caches", CASES);
