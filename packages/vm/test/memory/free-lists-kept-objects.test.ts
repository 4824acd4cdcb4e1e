// The free lists that keep their dead objects themselves, as CPython's do (objects/float.ts, runtime/kept-free-list.ts): floats (100) and async_generator_asend objects (80), the last freed reused first, the rest back to pymalloc; a full collection empties them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`).
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "floats go on a free list of 100, the last freed reused first; the rest go back to pymalloc",
    file: "float_free_list.py",
    source: "# floats go on a free list of 100, the last freed reused first; the rest go back to pymalloc\nimport gc\nxs = [i + 0.5 for i in range(150)]\nids = [id(x) for x in xs]\ndel xs\nys = [i + 0.25 for i in range(120)]\nprint('reused:', [ids.index(id(y)) if id(y) in ids else None for y in ys][:3], sum(id(y) in ids for y in ys))\nkept = [ids.index(id(y)) for y in ys[:100]]\nprint('the 100 kept, last freed first:', kept == sorted(kept), kept[0], kept[-1])\nprint('then pymalloc blocks:', [ids.index(id(y)) for y in ys[100:105]])\ntwo, three, half = 2.0, 3.0, 0.5\na = two * three\nia = id(a)\ndel a\nprint('pow result reuses:', id(two ** half) == ia)\nclass F(float):\n    pass\nc = F(2.5)\nic = id(c)\ndel c\nprint('a float subclass instance is not kept:', id(three - half) == ic)\ne = two / three\nie = id(e)\ndel e\nbig, one = 10 ** 6, 1\ngc.collect()\nprint('a full collection gives its memory back to pymalloc:', id(big + one) == ie)\nf = two / three\ni_f = id(f)\ndel f\ngc.collect(1)\nprint('a young collection does not:', id(big + one) == i_f, id(three / two) == i_f)\n",
    stdout: "reused: [50, 51, 52] 120\nthe 100 kept, last freed first: True 50 149\nthen pymalloc blocks: [0, 1, 2, 3, 4]\npow result reuses: True\na float subclass instance is not kept: False\na full collection gives its memory back to pymalloc: True\na young collection does not: False True\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "async_generator_asend objects go on a free list of 80, the last freed reused first; a full collection empties it",
    file: "asend_free_list.py",
    source: "# async_generator_asend objects go on a free list of 80, the last freed reused first; a full collection empties it\nimport gc\n\nasync def agen():\n    yield 1\n\ng = agen()\nsends = [g.asend(None) for _ in range(100)]\nids = [id(s) for s in sends]\ndel sends\nagain = [g.asend(None) for _ in range(90)]\nreuse = [ids.index(id(s)) if id(s) in ids else None for s in again]\nprint('first reused:', reuse[:3], 'kept:', sum(r is not None for r in reuse[:80]))\nprint('the 80 kept, last freed first:', reuse[:80] == sorted(reuse[:80]))\nprint('then:', reuse[80:85])\ndel again\na = g.asend(None)\nia = id(a)\ndel a\ngc.collect(1)\nprint('after a young collection the list keeps it:', id(g.asend(None)) == ia)\nb = g.asend(None)\nib = id(b)\ndel b\ngc.collect()\nprint('a full collection empties the list:', id(g.asend(None)) == ib)\n",
    stdout: "first reused: [20, 21, 22] kept: 80\nthe 80 kept, last freed first: True\nthen: [0, 1, 2, 3, 4]\nafter a young collection the list keeps it: True\na full collection empties the list: False\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases('free lists kept as objects', CASES, [undefined, 0]);
