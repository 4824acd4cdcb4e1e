// subtype_dealloc and gen_dealloc track an object again before its finalizer runs: it is finalized at the young end of generation 0 and, resurrected, stays there whatever its generation was (CPython 3.8 Objects/typeobject.c, Objects/genobject.c). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "An object finalized from a refcount drop is tracked again at the young end of generation 0, where it stays when __del__ resurrects it",
    file: "finalizer_retrack.py",
    source: "# An object finalized from a refcount drop is tracked again at the young end of generation 0, where it stays when __del__ resurrects it\nimport gc\ngc.disable()\nsaved = []\nclass A:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print('del', self.n, [o.n for o in gc.get_objects(0) if type(o) is A], gc.is_tracked(self))\n        if self.n != 'plain':\n            saved.append(self)\ndef names(g):\n    return [o.n for o in gc.get_objects(g) if type(o) is A]\nold = A('old')\ngc.collect()\nx, y, z = A('x'), A('y'), A('z')\nprint(names(0), names(2))\ndel old\nprint(names(0), names(2))\ndel y\nprint(names(0), names(2))\np = A('plain')\ndel p\nprint(names(0))\nsaved.clear()\nprint(names(0), names(2))\nGenType = type(x for x in ())\ndef gen():\n    try:\n        yield 1\n    finally:\n        print('gen finally, generators in gen 0:', sum(type(o) is GenType for o in gc.get_objects(0)))\ng = gen()\nnext(g)\ngc.collect()\nprint('generators in gen 2:', sum(type(o) is GenType for o in gc.get_objects(2)))\ndel g\nprint('generators tracked:', sum(type(o) is GenType for o in gc.get_objects()))\n",
    stdout: "['x', 'y', 'z'] ['old']\ndel old ['x', 'y', 'z', 'old'] True\n['x', 'y', 'z', 'old'] []\ndel y ['x', 'z', 'old', 'y'] True\n['x', 'z', 'old', 'y'] []\ndel plain ['x', 'z', 'old', 'y', 'plain'] True\n['x', 'z', 'old', 'y']\n['x', 'z'] []\ngenerators in gen 2: 1\ngen finally, generators in gen 0: 1\ngenerators tracked: 0\ndel x [] True\ndel z [] True\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("finalization from a refcount drop", CASES);
