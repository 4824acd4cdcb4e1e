// functools._CacheInfo is a real named tuple that cache_info() calls; partial's repr holds each keyword pair while formatting it; singledispatch.register evaluates string annotations as typing.get_type_hints does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "lru_cache cache_info() is a CacheInfo named tuple made by namedtuple, and _CacheInfo takes keywords",
    file: "lru_cache_info.py",
    source: "# lru_cache cache_info() is a CacheInfo named tuple made by namedtuple, and _CacheInfo takes keywords\nimport functools\n@functools.lru_cache(maxsize=2)\ndef f(x):\n    return x * 2\nf(1); f(1); f(2); f(3)\ninfo = f.cache_info()\nprint(info, info.hits, info._fields, type(info).__module__, type(info).__qualname__)\nprint(info._replace(hits=9), info._asdict())\nprint(isinstance(info, tuple), type(info) is functools._CacheInfo)\nprint(functools._CacheInfo(hits=0, misses=2, maxsize=10, currsize=2) == (0, 2, 10, 2))\n@functools.lru_cache\ndef g(x): return x\ng(1)\nprint(g.cache_info())\n@functools.lru_cache(None)\ndef h(x): return x\nh(1); h(1)\nprint(h.cache_info())\nh.cache_clear()\nprint(h.cache_info())\nprint(functools._CacheInfo.__doc__)\n",
    stdout: "CacheInfo(hits=1, misses=3, maxsize=2, currsize=2) 1 ('hits', 'misses', 'maxsize', 'currsize') functools CacheInfo\nCacheInfo(hits=9, misses=3, maxsize=2, currsize=2) {'hits': 1, 'misses': 3, 'maxsize': 2, 'currsize': 2}\nTrue True\nTrue\nCacheInfo(hits=0, misses=1, maxsize=128, currsize=1)\nCacheInfo(hits=1, misses=1, maxsize=None, currsize=1)\nCacheInfo(hits=0, misses=0, maxsize=None, currsize=0)\nCacheInfo(hits, misses, maxsize, currsize)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "partial repr holds each keyword value while its key is formatted",
    file: "partial_repr_keywords.py",
    source: "# partial repr holds each keyword value while its key is formatted\nimport functools\ndef capture(*a, **k): pass\np = functools.partial(capture)\nclass MutatesYourDict(object):\n    def __str__(self):\n        p.keywords[self] = ['sth2']\n        return 'astr'\np.keywords[MutatesYourDict()] = ['sth']\nr = repr(p)\nprint('astr' in r, \"['sth']\" in r, r.split(', ')[1])\nclass Adds:\n    def __str__(self):\n        p.keywords['zz'] = 5\n        return 'adds'\np2 = functools.partial(capture, 1, a=2)\np = p2\np.keywords[Adds()] = 3\nprint(repr(p).split(' at ')[1].split(', ', 1)[1])\n",
    stdout: "True True astr=['sth'])\n1, a=2, adds=3, zz=5)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "singledispatch register evaluates string annotations as typing.get_type_hints does",
    file: "singledispatch_string_annotations.py",
    source: "# singledispatch register evaluates string annotations as typing.get_type_hints does\nimport functools, collections.abc\n@functools.singledispatch\ndef i(arg):\n    return \"base\"\n@i.register\ndef _(arg: collections.abc.Mapping):\n    return \"mapping\"\n@i.register\ndef _(arg: \"collections.abc.Sequence\"):\n    return \"sequence\"\n@i.register\ndef _(arg: None):\n    return \"none\"\n@i.register\ndef _(arg: \"float\") -> \"int\":\n    return \"float\"\nprint(i(None), i({\"a\": 1}), i([1]), i(\"s\"), i(1), i(1.5))\nfor ann in ['1', 'undefined_name', '\"int\"']:\n    try:\n        ns = {}\n        exec(\"def f(arg: %s): pass\" % ann, globals(), ns)\n        i.register(ns['f'])\n    except Exception as e:\n        print(type(e).__name__, e)\ntry:\n    @i.register\n    def _(arg: int, b: \"nope\") -> int: pass\nexcept Exception as e:\n    print(type(e).__name__, e)\ntry:\n    @i.register\n    def _(arg: 3): pass\nexcept Exception as e:\n    print(type(e).__name__, e)\nclass C:\n    @functools.singledispatchmethod\n    def m(self, arg):\n        return 'base'\n    @m.register\n    def _(self, arg: \"int\"):\n        return 'int'\nprint(C().m(1), C().m('x'))\n",
    stdout: "none mapping sequence sequence base float\nTypeError Invalid annotation for 'arg'. 1 is not a class.\nNameError name 'undefined_name' is not defined\nNameError name 'nope' is not defined\nTypeError Invalid annotation for 'arg'. 3 is not a class.\nint base\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("functools: CacheInfo, partial repr, singledispatch hints", CASES, [0, Number.POSITIVE_INFINITY]);
