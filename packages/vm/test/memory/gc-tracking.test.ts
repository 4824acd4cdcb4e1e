// What gc.is_tracked, get_referrers and get_referents see of running frames, untracked containers and dicts. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a running function's frame is untracked until it returns; get_referents ignores tracking; dict traverse order",
    file: "running_frames_untracked.py",
    source: "# a running function's frame is untracked until it returns; get_referents ignores tracking; dict traverse order\nimport gc, sys\nprint(gc.is_tracked(sys._getframe()))\ndef f():\n    fr = sys._getframe()\n    print('in f', gc.is_tracked(fr))\n    return fr\nfr = f()\nprint('after f', gc.is_tracked(fr))\ndef g():\n    yield gc.is_tracked(sys._getframe())\nprint('gen frame', next(g()), gc.is_tracked(g().gi_frame))\ndef gen():\n    yield 1\n    yield 2\nit = gen()\ndef kinds(objs):\n    return sorted(type(o).__name__ for o in objs)\nprint(kinds(gc.get_referrers(it)))\nframe = it.gi_frame\nprint(kinds(gc.get_referrers(frame)))\nnext(it)\ndef outer():\n    yield from it\no = outer()\nnext(o)\nprint(kinds(gc.get_referrers(it)))\nt = (1, 2)\ngc.collect()\nprint(gc.is_tracked(t), gc.get_referents(t))\nd = {'a': 1}\nprint(gc.is_tracked(d), gc.get_referents(d))\nclass K:\n    pass\nk1, k2 = K(), K()\nprint([type(x).__name__ if not isinstance(x, str) else x for x in gc.get_referents({k1: 'v1', 'x': k2})])\nprint(len(gc.get_referents(sys._getframe())) > 0, gc.get_referents(int))\n",
    stdout: "False\nin f False\nafter f True\ngen frame True True\n['dict']\n['dict', 'generator']\n['dict', 'frame']\nFalse [2, 1]\nFalse [1]\n['v1', 'K', 'K', 'x']\nTrue []\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("gc tracking of frames and get_referents", CASES);
