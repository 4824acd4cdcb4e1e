// gc.freeze/unfreeze/get_freeze_count, get_objects by generation, get_stats, subtype_traverse's order, running frames untracked (their stacks unvisited), frames tracked once they outlive their call. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "running frames are not tracked by the collector; a frame that outlives its call is; a generator's is",
    file: "gc_frames_tracking.py",
    source: "# running frames are not tracked by the collector; a frame that outlives its call is; a generator's is\nimport gc, sys\n\ndef current():\n    f = sys._getframe()\n    return gc.is_tracked(f), f\n\ninside, frame = current()\nprint('running frame tracked:', inside, 'after its call:', gc.is_tracked(frame))\nprint('module frame tracked:', gc.is_tracked(sys._getframe()))\n\ndef gen():\n    yield gc.is_tracked(sys._getframe())\n\ng = gen()\nprint('generator frame tracked:', gc.is_tracked(g.gi_frame), next(g))\n\nclass Box:\n    pass\n\ndef keep_traceback():\n    b = Box()\n    try:\n        raise ValueError(b)\n    except ValueError as e:\n        b.tb = e.__traceback__\n    return len([r for r in gc.get_referrers(b) if type(r).__name__ == 'frame'])\n\nprint('frames referring while running:', keep_traceback())\nprint('cycle through the frame collected:', gc.collect() > 0)\n",
    stdout: "running frame tracked: False after its call: True\nmodule frame tracked: False\ngenerator frame tracked: True True\nframes referring while running: 0\ncycle through the frame collected: True\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "gc.freeze moves every tracked object to the permanent generation, which collections leave alone",
    file: "gc_freeze.py",
    source: "# gc.freeze moves every tracked object to the permanent generation, which collections leave alone\nimport gc\n\nclass Node:\n    def __init__(self, name):\n        self.name = name\n        self.other = None\n    def __del__(self):\n        print('del', self.name)\n\na, b = Node('a'), Node('b')\na.other, b.other = b, a\ngc.freeze()\nprint(gc.get_freeze_count() > 0, gc.get_count()[0])\ndel a, b\nprint('collect while frozen:', gc.collect())\ngc.unfreeze()\nprint('after unfreeze', gc.get_freeze_count())\nprint('collect:', gc.collect())\nprint(gc.is_tracked(gc), gc.freeze(), gc.unfreeze())\n",
    stdout: "True 0\ncollect while frozen: 0\nafter unfreeze 0\ndel a\ndel b\ncollect: 4\nTrue None None\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "gc.get_objects (by generation), gc.get_stats deltas, and the order get_referents visits",
    file: "gc_objects_stats.py",
    source: "# gc.get_objects (by generation), gc.get_stats deltas, and the order get_referents visits\nimport gc\n\nclass Item:\n    def __init__(self, n):\n        self.n = n\n\ngc.collect()\nitems = [Item(i) for i in range(3)]\nmine = [o.n for o in gc.get_objects(0) if isinstance(o, Item)]\nprint('gen0 items', mine, [o.n for o in gc.get_objects(2) if isinstance(o, Item)])\ngc.collect(0)\nprint('gen1 items', [o.n for o in gc.get_objects(1) if isinstance(o, Item)])\nprint('all', [o.n for o in gc.get_objects() if isinstance(o, Item)])\nprint(any(o is items for o in gc.get_objects()))\nfor bad in (3, -1, 'x'):\n    try:\n        gc.get_objects(bad)\n    except (ValueError, TypeError) as e:\n        print(type(e).__name__, e)\nprint(gc.get_objects(generation=None) is not None)\nbefore = gc.get_stats()\nprint([sorted(s) for s in before][0])\nclass C:\n    pass\nc = C(); c.me = c\ndel c\nfound = gc.collect()\nafter = gc.get_stats()\nprint(found, [after[i]['collections'] - before[i]['collections'] for i in range(3)], after[2]['collected'] - before[2]['collected'], after[2]['uncollectable'] - before[2]['uncollectable'])\nx = Item(5)\nprint([type(r).__name__ for r in gc.get_referents(x)])\ndef holder(obj):\n    return len([r for r in gc.get_referrers(obj) if type(r).__name__ == 'frame'])\nprint('frames holding x:', holder(x))\n",
    stdout: "gen0 items [0, 1, 2] []\ngen1 items [0, 1, 2]\nall [0, 1, 2]\nTrue\nValueError generation parameter must be less than the number of available generations (3)\nTypeError argument should be integer or None, not 'str'\nTrue\n['collected', 'collections', 'uncollectable']\n2 [0, 0, 1] 2 0\n['dict', 'type']\nframes holding x: 0\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("gc.freeze, get_objects, get_stats, and frames the collector tracks", CASES, [undefined, 0]);
