// gc.set_debug/get_debug: DEBUG_SAVEALL (gc.garbage) and DEBUG_COLLECTABLE (stderr) as gcmodule.c's collect does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "gc.set_debug: DEBUG_SAVEALL keeps a collection's garbage in gc.garbage; DEBUG_COLLECTABLE lists it on stderr",
    file: "a_gc_debug.py",
    source: "# gc.set_debug: DEBUG_SAVEALL keeps a collection's garbage in gc.garbage; DEBUG_COLLECTABLE lists it on stderr\nimport gc\ngc.collect()\nprint(gc.get_debug())\nfor a in [(), (1, 2), ('x',), (1.5,), (2**40,)]:\n    try:\n        gc.set_debug(*a)\n    except Exception as e:\n        print(type(e).__name__, e)\ntry:\n    gc.set_debug(flags=1)\nexcept Exception as e:\n    print(type(e).__name__, e)\nclass Node:\n    def __init__(self, name):\n        self.name = name\n        self.other = None\n    def __repr__(self):\n        return 'Node(%s)' % self.name\na, b = Node('a'), Node('b')\na.other, b.other = b, a\ndel a, b\ngc.set_debug(gc.DEBUG_SAVEALL)\nprint(gc.get_debug(), gc.collect())\nprint(sorted(repr(o) for o in gc.garbage), len(gc.garbage))\nfor o in gc.garbage:\n    if isinstance(o, Node):\n        print(o.name, o.other.name)\ngc.garbage.clear()\ngc.set_debug(gc.DEBUG_COLLECTABLE)\nc = Node('c'); c.other = c\ndel c\nn = gc.collect()\nprint('collected', n)\ngc.set_debug(0)\nd = [1]; d.append(d); del d\nprint(gc.collect(), gc.garbage)\n",
    stdout: "0\nTypeError set_debug() takes exactly one argument (0 given)\nTypeError set_debug() takes exactly one argument (2 given)\nTypeError an integer is required (got type str)\nTypeError integer argument expected, got float\nOverflowError Python int too large to convert to C int\nTypeError set_debug() takes no keyword arguments\n32 4\n['Node(a)', 'Node(b)', \"{'name': 'a', 'other': Node(b)}\", \"{'name': 'b', 'other': Node(a)}\"] 4\na b\nb a\ncollected 2\n1 []\n",
    stderr: "gc: collectable <Node 0x?>\ngc: collectable <dict 0x?>\n",
    exit: 0,
  },
  {
    name: "garbage saved by DEBUG_SAVEALL stays in gc.garbage to the end of the run",
    file: "b_saveall_at_exit.py",
    source: "# garbage saved by DEBUG_SAVEALL stays in gc.garbage to the end of the run\nimport gc\nclass Cycle:\n    def __del__(self):\n        print('del', self.tag)\ngc.set_debug(gc.DEBUG_SAVEALL)\nx = Cycle(); x.tag = 'x'; x.me = x\ndel x\nprint(gc.collect(), [type(o).__name__ for o in gc.garbage])\ngc.set_debug(0)\nprint(gc.collect(), len(gc.garbage))\nprint('end')\n",
    stdout: "del x\n2 ['Cycle', 'dict']\n0 2\nend\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("gc debug flags", CASES);
