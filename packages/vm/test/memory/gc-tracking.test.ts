// What gc.is_tracked, get_referrers, get_referents and get_objects see of running frames, untracked containers, dicts and generators. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "gc.get_objects finds the live generators, coroutines and async generators by generation",
    file: "get_objects_generators.py",
    source: "# gc.get_objects finds the live generators, coroutines and async generators by generation\nimport gc, types, sys\ndef gen(n):\n    yield n\nasync def co(n):\n    pass\nasync def ag(n):\n    yield n\nkeep = [gen(1), gen(2), co(3), ag(4)]\nnext(keep[1])\ndef live(kind):\n    return sorted(o.gi_frame.f_locals['n'] if isinstance(o, types.GeneratorType) else (o.cr_frame.f_locals['n'] if isinstance(o, types.CoroutineType) else o.ag_frame.f_locals['n']) for o in gc.get_objects() if isinstance(o, kind))\nprint(live(types.GeneratorType), live(types.CoroutineType), live(types.AsyncGeneratorType))\nprint(len([o for o in gc.get_objects(generation=0) if isinstance(o, types.GeneratorType)]))\ngc.collect()\nprint(len([o for o in gc.get_objects(0) if isinstance(o, types.GeneratorType)]), len([o for o in gc.get_objects(2) if isinstance(o, types.GeneratorType)]))\nfor bad in (3, -2, 'x', 1.5):\n    try:\n        gc.get_objects(bad)\n    except (ValueError, TypeError) as e:\n        print(type(e).__name__, e)\nprint(len([o for o in gc.get_objects(-1) if isinstance(o, types.GeneratorType)]))\nprint(any(o is sys._getframe() for o in gc.get_objects()))\nkeep[2].close()\n",
    stdout: "[1, 2] [3] [4]\n2\n0 2\nValueError generation parameter must be less than the number of available generations (3)\nValueError generation parameter cannot be negative\nTypeError argument should be integer or None, not 'str'\nTypeError argument should be integer or None, not 'float'\n2\nFalse\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "gc.get_objects leaves out what the collector untracked (empty or atomic dicts and tuples)",
    file: "get_objects_untracked.py",
    source: "# gc.get_objects leaves out what the collector untracked (empty or atomic dicts and tuples)\nimport gc\nd = {}\nd2 = {'a': 1}\nd3 = {'a': []}\nt = (1, 2)\nt2 = ([],)\nl = []\ngc.collect()\nprint([any(o is x for o in gc.get_objects()) for x in (d, d2, d3, t, t2, l)])\nprint([gc.is_tracked(x) for x in (d, d2, d3, t, t2, l)])\ndef gen():\n    yield {}\ng = gen()\nprint(any(o is g for o in gc.get_objects()), any(o is g for o in gc.get_objects(0)))\n",
    stdout: "[False, False, True, False, True, True]\n[False, False, True, False, True, True]\nTrue True\n",
    stderr: "",
    exit: 0,
  },
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
