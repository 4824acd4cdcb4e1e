// frame.clear() on generator and coroutine frames (frame_clear, _PyGen_Finalize), and types._GeneratorWrapper. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "frame.clear() finalizes a suspended generator or coroutine first; an executing frame refuses",
    file: "frame_clear.py",
    source: "# frame.clear() finalizes a suspended generator or coroutine first; an executing frame refuses\nimport sys\ndef g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('finally ran')\nit = g(); next(it)\nfr = it.gi_frame\nfr.clear()\nprint(it.gi_frame, fr.f_lineno, list(it))\ndef f(): sys._getframe().clear()\ntry: f()\nexcept RuntimeError as e: print('RE', e)\nasync def c():\n    try:\n        await Aw()\n    finally:\n        print('coro finally')\nclass Aw:\n    def __await__(self): yield 'x'\nco = c(); print(co.send(None))\nco.cr_frame.clear()\nprint(co.cr_frame)\nasync def d(): pass\nco2 = d()\nfr2 = co2.cr_frame\nfr2.clear()\nprint(co2.cr_frame is fr2)\ntry: co2.send(None)\nexcept RuntimeError as e: print('RE', e)\ndef h():\n    yield 1\nx = h()\nx.gi_frame.clear()\nprint(list(x), x.gi_frame)\n",
    stdout: "finally ran\nNone 8 []\nRE cannot clear an executing frame\nx\ncoro finally\nNone\nTrue\nRE cannot reuse already awaited coroutine\n[] None\n",
    stderr: "frame_clear.py:29: RuntimeWarning: coroutine 'd' was never awaited\n  fr2.clear()\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
  {
    name: "types.coroutine wraps generator-like objects; the wrapper's __iter__/__await__ give the generator",
    file: "types_coroutine.py",
    source: "# types.coroutine wraps generator-like objects; the wrapper's __iter__/__await__ give the generator\nimport types\ndef gen():\n    yield 'x'\nwrapped = types.coroutine(lambda: gen())\nasync def user():\n    await wrapped()\nc = user()\nc.send(None)\nprint(type(c.cr_await).__name__)\nw = wrapped()\nprint(type(w.__await__()).__name__, type(iter(w)).__name__)\nclass Custom:\n    def __iter__(self): return self\n    def __next__(self): return 1\n    def send(self, v): return v\n    def throw(self, *a): pass\n    def close(self): pass\nprint(type(types.coroutine(lambda: Custom())()).__name__)\n",
    stdout: "generator\ngenerator generator\n_GeneratorWrapper\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("frame.clear and types.coroutine", CASES);
