// Exact floats go on a free list of 100 (objects/float.ts keeps the dead floats themselves), the last freed reused first; a full collection gives their memory back to pymalloc. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`).
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
];

describeCpythonCases('the float free list', CASES, [undefined, 0]);
