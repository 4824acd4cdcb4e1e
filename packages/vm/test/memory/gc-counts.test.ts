// When automatic collections happen and which memory an object takes (runtime/cycle-collector.ts, gc-registry.ts, memory.ts): objects recycled through a free list count nothing, dict() and list() allocate past the free list, and full collections wait for long_lived_pending to reach a quarter of long_lived_total (recorded from 3.8.18). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Objects recycled through a type's free list neither count towards a collection nor lower the count when freed",
    file: "freelist_counts.py",
    source: "# Objects recycled through a type's free list neither count towards a collection nor lower the count when freed\nimport gc\ngc.freeze()\ngc.collect()\ngc.disable()\ndef step():\n    before = gc.get_count()[0]\n    a = [1]\n    b = {}\n    c = (a, b)\n    del a, b, c\n    return gc.get_count()[0] - before\nprint([step() for _ in range(4)])\nlists = [[i] for i in range(100)]\nbase = gc.get_count()[0]\ndel lists\nprint(\"after freeing 101 lists:\", gc.get_count()[0] - base)\nagain = [[i] for i in range(100)]\nprint(\"after making 100 again:\", gc.get_count()[0] - base)\ngc.enable()\ngc.unfreeze()\n",
    stdout: "[4, 0, 0, 0]\nafter freeing 101 lists: -21\nafter making 100 again: 1\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "Full collections wait until the objects that reached the oldest generation since the last one are a quarter of it",
    file: "full_collection_rule.py",
    source: "# Full collections wait until the objects that reached the oldest generation since the last one are a quarter of it\nimport gc\ngc.freeze()\ngc.collect()\ngc.set_threshold(100, 5, 5)\nevents = []\nkeep = []\ndef cb(phase, info):\n    if phase == 'start':\n        events.append((info['generation'], len(keep)))\ngc.callbacks.append(cb)\nfor i in range(30000):\n    keep.append([i])\n    if i % 7 == 0:\n        keep.pop(0)\ngc.callbacks.remove(cb)\nfull = [n for g, n in events if g == 2]\nprint(\"full collections:\", len(full), \"iterations apart:\", [b - a for a, b in zip(full, full[1:])])\nprint(\"middle:\", len([1 for g, n in events if g == 1]), \"young:\", len([1 for g, n in events if g == 0]))\ngc.unfreeze()\n",
    stdout: "full collections: 5 iterations apart: [4342, 4342, 4342, 4342]\nmiddle: 35 young: 214\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "What each common operation adds to the collector's count, the first time and once free lists hold its objects",
    file: "operation_counts.py",
    source: "# What each common operation adds to the collector's count, the first time and once free lists hold its objects\nimport gc\ngc.freeze(); gc.collect(); gc.disable()\nclass A:\n    def m(self): return 1\na = A()\ndef probe(label, fn):\n    before = gc.get_count()[0]\n    fn()\n    print(label, gc.get_count()[0] - before)\nfor i in range(2):\n    probe(\"bound method\", lambda: a.m)\n    probe(\"builtin method\", lambda: [].append)\n    probe(\"tuple3\", lambda: (a, a, a))\n    probe(\"list\", lambda: [a])\n    probe(\"dict\", lambda: {1: a})\n    probe(\"set\", lambda: {a})\n    probe(\"instance\", lambda: A())\n    probe(\"gen\", lambda: (x for x in ()))\n    probe(\"call\", lambda: a.m())\n    probe(\"closure\", lambda: (lambda: a))\n    probe(\"kw\", lambda: dict(x=1))\ngc.enable(); gc.unfreeze()\n",
    stdout: "bound method 2\nbuiltin method 2\ntuple3 1\nlist 1\ndict 1\nset 1\ninstance 1\ngen 2\ncall 2\nclosure 1\nkw 2\nbound method 0\nbuiltin method 0\ntuple3 0\nlist 0\ndict 0\nset 0\ninstance 0\ngen 0\ncall 0\nclosure 0\nkw 1\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "dict() and list() allocate past their type's free list, as tp_alloc does; {} and [] take from it",
    file: "type_call_free_list.py",
    source: "# dict() and list() allocate past their type's free list, as tp_alloc does; {} and [] take from it\nimport gc\na = {}; ia = id(a); del a\nb = dict(); print(\"dict() reuses freed {}:\", id(b) == ia)\nc = {}; print(\"{} reuses:\", id(c) == ia)\nx = []; ix = id(x); del x\ny = list(); print(\"list() reuses freed []:\", id(y) == ix)\nz = []; print(\"[] reuses:\", id(z) == ix)\nt = (1, 2, object()); it = id(t); del t\nu = tuple([1, 2, 3]); print(\"tuple() reuses:\", id(u) == it)\nclass D(dict): pass\nd = D(); print(type(d).__name__)\n",
    stdout: "dict() reuses freed {}: False\n{} reuses: True\nlist() reuses freed []: False\n[] reuses: True\ntuple() reuses: True\nD\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("the collector's allocation counts and free lists", CASES);
