// Frames go on a free list of 200 (resized for bigger code), bound and builtin methods on lists of 256; gc.collect() of the oldest generation empties every type free list. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "frame free list: a frame of another code object of the same size reuses a freed frame",
    file: "frame_free_list.py",
    source: "# frame free list: a frame of another code object of the same size reuses a freed frame\ndef g1():\n    yield 1\n\ndef g2():\n    yield 2\n\ndef g3():\n    yield 3\n\ngens = [g1() for _ in range(4)]\nids = [id(g.gi_frame) for g in gens]\ndel gens\nxs = [g2() for _ in range(5)]\nprint('g2 frames reuse', [ids.index(id(x.gi_frame)) if id(x.gi_frame) in ids else None for x in xs])\nys = [g3() for _ in range(2)]\nprint('g3 frames reuse', [ids.index(id(x.gi_frame)) if id(x.gi_frame) in ids else None for x in ys])\nt = (1.5, 'abc', [1, 2])\nprint([repr(x.gi_frame)[:12] for x in xs[:1]])\n",
    stdout: "g2 frames reuse [1, 2, 0, None, None]\ng3 frames reuse [None, None]\n['<frame at 0x']\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a frame from the free list grows (and moves) for a code object with more slots",
    file: "frame_free_list_resize.py",
    source: "# a frame from the free list grows (and moves) for a code object with more slots\ndef small():\n    yield 1\n\ndef large():\n    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = 0\n    yield a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7\n\ndef same():\n    yield 3\n\ndef one(x):\n    yield x\n\ngens = [small() for _ in range(6)]\nids = [id(x.gi_frame) for x in gens]\nsizes = [x.gi_frame.__sizeof__() for x in gens[:1]]\ndel gens\nmid = [one(i) for i in range(2)]\nprint('frames one slot bigger reuse (resized in place):', [ids.index(id(x.gi_frame)) if id(x.gi_frame) in ids else None for x in mid])\nbig = [large() for _ in range(2)]\nprint('large frames reuse:', [ids.index(id(x.gi_frame)) if id(x.gi_frame) in ids else None for x in big])\nrest = [same() for _ in range(4)]\nprint('same-size frames reuse:', [ids.index(id(x.gi_frame)) if id(x.gi_frame) in ids else None for x in rest])\nprint(sizes, big[0].gi_frame.__sizeof__())\n\ndef rec(n, acc):\n    if n == 0:\n        return acc\n    acc.append(id(__import__('sys')._getframe()))\n    return rec(n - 1, acc)\n\nfirst = rec(4, [])\nsecond = rec(4, [])\nprint('recursion reuses its frames in order:', [first.index(a) if a in first else None for a in second])\n",
    stdout: "frames one slot bigger reuse (resized in place): [1, 2]\nlarge frames reuse: [None, None]\nsame-size frames reuse: [4, 3, 0, None]\n[368] 440\nrecursion reuses its frames in order: [None, 0, 1, 2]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a full collection empties the type free lists (float, frame): their memory goes back to pymalloc",
    file: "full_collect_clears.py",
    source: "# a full collection empties the type free lists (float, frame): their memory goes back to pymalloc\nimport gc\nf2 = float('8.5')\nfid = id(f2)\ndel f2\nf3 = float('9.5')\nprint('float from its free list:', id(f3) == fid)\ndel f3\ngc.collect(1)\nf4 = float('10.5')\nprint('after a young collection the free list still has it:', id(f4) == fid)\n\ndef g():\n    yield 1\n\ndef h():\n    yield 2\n\ngens = [g() for _ in range(3)]\nids = [id(x.gi_frame) for x in gens]\ndel gens\ngc.collect()\nhs = [h() for _ in range(3)]\nprint('h frames after a full collection:', [ids.index(id(x.gi_frame)) if id(x.gi_frame) in ids else None for x in hs])\n",
    stdout: "float from its free list: True\nafter a young collection the free list still has it: True\nh frames after a full collection: [1, 0, None]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "bound method and builtin method objects have free lists of 256",
    file: "method_free_lists.py",
    source: "# bound method and builtin method objects have free lists of 256\nclass A:\n    def m(self):\n        pass\n\na = A()\nm1 = a.m\ni1 = id(m1)\ndel m1\nt = tuple(range(5))\nprint('tuple reuses bound method memory:', id(t) == i1)\nm2 = a.m\nprint('new bound method reuses:', id(m2) == i1)\nb = [].append\nib = id(b)\ndel b\nt2 = tuple(range(100, 105))\nprint('tuple reuses builtin method memory:', id(t2) == ib)\nc = [].append\nprint('builtin method reuses:', id(c) == ib)\n",
    stdout: "tuple reuses bound method memory: False\nnew bound method reuses: True\ntuple reuses builtin method memory: False\nbuiltin method reuses: True\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("frame, method and builtin-method free lists, emptied by a full collection", CASES);
