// When automatic collections happen (runtime/cycle-collector.ts, gc-registry.ts): objects recycled through a free list count nothing, and full collections wait for long_lived_pending to reach a quarter of long_lived_total (recorded from 3.8.18). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
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
];

describeCpythonCases("the collector's allocation counts", CASES);
