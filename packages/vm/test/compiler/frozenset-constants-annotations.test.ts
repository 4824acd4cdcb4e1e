// CPython 3.8's frozenset constant table order at run time and ast_unparse.c's text of postponed annotations. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a frozenset constant keeps CPython's table order at run time (built from the set it was rebuilt from)",
    file: "gramm_01.py",
    source: "# a frozenset constant keeps CPython's table order at run time (built from the set it was rebuilt from)\nf = lambda a: a in {(1, 2), 3, 4}\ns = f.__code__.co_consts[1]\nprint(s, list(s))\nprint(compile('a in {(1, 2), 3, 4}', 's', 'eval').co_consts)\nfor x in {(1, 2), 3, 4, 11, 19}:\n    print(x, end=' ')\nprint()\ng = lambda a: a not in {'ab', 'cd', (3, 'ab'), 12, 20, 28}\nprint(g.__code__.co_consts[1:], list(g.__code__.co_consts[1]))\nprint(frozenset(s) == s, len(s), hash(s) == hash(frozenset([3, 4, (1, 2)])))\n",
    stdout: "frozenset({(1, 2), 3, 4}) [(1, 2), 3, 4]\n(frozenset({(1, 2), 3, 4}),)\n(1, 2) 3 4 11 19 \n(frozenset({12, 'cd', 20, (3, 'ab'), 28, 'ab'}),) [12, 'cd', 20, (3, 'ab'), 28, 'ab']\nTrue 3 True\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "PEP 563 annotations are unparsed as ast_unparse.c does: lambdas with parameters, comprehensions, f-strings, yield, walrus, reprs of bytes and inf",
    file: "gramm_02.py",
    source: "# PEP 563 annotations are unparsed as ast_unparse.c does: lambdas with parameters, comprehensions, f-strings, yield, walrus, reprs of bytes and inf\nfrom __future__ import annotations\ndef f(a: f'{x=!r}', b: f'abc', c: f'{x:{y}.{z!r}}', d: f'{ {1}!a}', e: f'{x}{{}}', g: f'{(lambda: 1)}', h: f(x for x in y), i: [x async for x in y if a if b], j: {k: v for k, v in z}, l: (yield), m: (yield from x), n: (x := 3), o: lambda a, /, b=1, *, c, d=2: 0, p: lambda *, a: 0, q: a[(*b, c)], r: {**a, 'b': 1}, s: b'\\xa3\\x00\\'\"', t: '\u00e9\\u0301\\x00\\u2028', u: -(1**2), v: (-1)**2, w: 2**-1, x: not (a and b or c), y: await x, z: a.b.c(1)[2:3:4], aa: 1 .real, ab: (1, *a), ac: {*a}, ad: 1e309j, ae: -0.0, af: f'{3!s:>{10}}') -> f'''{x}''': pass\nfor k, v in f.__annotations__.items():\n    print(k, repr(v))\nclass C:\n    x: lambda *a, **k: (a, k)\n    y: [i for i in range(3)] = 1\n    z: a[1:2,]\nprint(C.__annotations__)\nns = {}\nexec('from __future__ import annotations\\nv: {i: j for i, j in ()} | f\"{v!r:^{w}}\"', ns)\nprint(ns['__annotations__'])\n",
    stdout: "a \"f'x={x!r}'\"\nb \"f'abc'\"\nc \"f'{x:{y}.{z!r}}'\"\nd \"f'{ {1}!a}'\"\ne \"f'{x}{{}}'\"\ng \"f'{(lambda: 1)}'\"\nh 'f(x for x in y)'\ni '[x async for x in y if a if b]'\nj '{k: v for k, v in z}'\nl '(yield)'\nm '(yield from x)'\nn '(x:=3)'\no 'lambda a, /, b=1, *, c, d=2: 0'\np 'lambda*, a: 0'\nq 'a[(*b, c)]'\nr \"{**a, 'b': 1}\"\ns 'b\\'\\\\xa3\\\\x00\\\\\\'\"\\''\nt \"'\u00e9\u0301\\\\x00\\\\u2028'\"\nu '-1'\nv '1'\nw '0.5'\nx 'not (a and b or c)'\ny 'await x'\nz 'a.b.c(1)[2:3:4]'\naa '1 .real'\nab '(1, *a)'\nac '{*a}'\nad 'infj'\nae '-0.0'\naf \"f'{3!s:>{10}}'\"\nreturn \"f'{x}'\"\n{'x': 'lambda*a, **k: (a, k)', 'y': '[i for i in range(3)]', 'z': 'a[1:2,]'}\n{'v': \"{i: j for i, j in ()} | f'{v!r:^{w}}'\"}\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "one-character and empty strings are singletons: interning them swaps nothing, so a frozenset constant holding one is not rebuilt",
    file: "gramm_07.py",
    source: "# one-character and empty strings are singletons: interning them swaps nothing, so a frozenset constant holding one is not rebuilt\na = b = 0\ndef f(x):\n    return x in {1, 'a', 3.5, (1, 2)}, x in {'', 2.5, 'b', 7}, x in {'ab', 'cd', (3, 'ab'), 12, 20, 28}, x in {'a', 'b', 'c', 'd', 'e', 'f'}\nprint(f.__code__.co_consts[1:])\n",
    stdout: "(frozenset({3.5, 'a', (1, 2), 1}), frozenset({'', 2.5, 'b', 7}), frozenset({12, 'cd', 20, (3, 'ab'), 28, 'ab'}), frozenset({'b', 'a', 'd', 'c', 'f', 'e'}))\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("frozenset constants and PEP 563 annotation text", CASES);
