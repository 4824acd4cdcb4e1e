// CPython's first warning with a source imports tracemalloc (and pickle): it leaves three exception classes in reference cycles and adds its objects to the collector's young generation, which can trigger a collection; corosim does the same, at the same counts. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "A collection triggered while the first tracemalloc import still holds its replaced pickle classes finds nothing of them.",
    file: "tracemalloc_import_collection_early.py",
    source: "# A collection triggered while the first tracemalloc import still holds its replaced pickle classes finds nothing of them.\nimport gc, warnings, sys\nt = 1112\nres = []\ndef cb(phase, info):\n    if phase == 'stop': res.append(info['collected'])\ngc.collect()\ngc.callbacks.append(cb)\ngc.set_threshold(t, 1000000, 1000000)\nwarnings.warn(\"first\", UserWarning, source=gc)\ngc.set_threshold(700, 10, 10)\ngc.callbacks.remove(cb)\nprint(t, res[:3])\n",
    stdout: "1112 [0]\n",
    stderr: "tracemalloc_import_collection_early.py:10: UserWarning: first\n  warnings.warn(\"first\", UserWarning, source=gc)\nUserWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
  {
    name: "The classes CPython's first tracemalloc import leaves as garbage become garbage at the 1114th young object of the warning: a collection triggered one object earlier finds none of them.",
    file: "tracemalloc_import_collection_point.py",
    source: "# The classes CPython's first tracemalloc import leaves as garbage become garbage at the 1114th young object of the warning: a collection triggered one object earlier finds none of them.\nimport gc, warnings, sys\nt = 1113\nres = []\ndef cb(phase, info):\n    if phase == 'stop': res.append(info['collected'])\ngc.collect()\ngc.callbacks.append(cb)\ngc.set_threshold(t, 1000000, 1000000)\nwarnings.warn(\"first\", UserWarning, source=gc)\ngc.set_threshold(700, 10, 10)\ngc.callbacks.remove(cb)\nprint(t, res[:3])\n",
    stdout: "1113 [11]\n",
    stderr: "tracemalloc_import_collection_point.py:10: UserWarning: first\n  warnings.warn(\"first\", UserWarning, source=gc)\nUserWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
  {
    name: "The objects CPython's first tracemalloc import allocates trigger an automatic collection, which finds a garbage cycle before the warning is printed.",
    file: "tracemalloc_import_collects.py",
    source: "# The objects CPython's first tracemalloc import allocates trigger an automatic collection, which finds a garbage cycle before the warning is printed.\nimport gc, warnings, sys\nclass Noisy:\n    def __init__(self):\n        self.me = self\n    def __del__(self):\n        print('del Noisy', file=sys.stderr)\ngc.collect()\nNoisy()\nwarnings.warn(\"first\", UserWarning, source=gc)\nprint('after the warning')\n",
    stdout: "after the warning\n",
    stderr: "del Noisy\ntracemalloc_import_collects.py:10: UserWarning: first\n  warnings.warn(\"first\", UserWarning, source=gc)\nUserWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
  {
    name: "CPython's first import of tracemalloc (by the first warning with a source) adds its objects to the collector's young generation, and can trigger a collection that runs finalizers of garbage cycles.",
    file: "tracemalloc_import_gc_count.py",
    source: "# CPython's first import of tracemalloc (by the first warning with a source) adds its objects to the collector's young generation, and can trigger a collection that runs finalizers of garbage cycles.\nimport gc, warnings\nclass Noisy:\n    def __init__(self):\n        self.me = self\n    def __del__(self):\n        print('del Noisy')\ngc.disable()\ngc.collect()\nbefore = gc.get_count()[0]\nwarnings.warn(\"first\", UserWarning, source=gc)\nprint('young objects added', gc.get_count()[0] - before)\ngc.enable()\ngc.collect()\nNoisy()\nprint('cycle made')\nwarnings.warn(\"second\", UserWarning, source=gc)\nprint('no collection yet')\ngc.collect()\nprint('collected by hand')\n",
    stdout: "young objects added 1222\ncycle made\nno collection yet\ndel Noisy\ncollected by hand\n",
    stderr: "tracemalloc_import_gc_count.py:11: UserWarning: first\n  warnings.warn(\"first\", UserWarning, source=gc)\nUserWarning: Enable tracemalloc to get the object allocation traceback\ntracemalloc_import_gc_count.py:17: UserWarning: second\n  warnings.warn(\"second\", UserWarning, source=gc)\nUserWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
  {
    name: "The first warning with a source (an unawaited coroutine's) imports tracemalloc in CPython, which leaves pickle's three replaced exception classes as cyclic garbage; later ones leave none.",
    file: "unawaited_warning_garbage.py",
    source: "# The first warning with a source (an unawaited coroutine's) imports tracemalloc in CPython, which leaves pickle's three replaced exception classes as cyclic garbage; later ones leave none.\nimport gc\nasync def c():\n    pass\ngc.collect()\nx = c()\ndel x\nprint('collected', gc.collect())\nx = c()\ndel x\nprint('collected', gc.collect())\nimport warnings\nwarnings.warn(\"with a source\", UserWarning, source=gc)\nprint('collected', gc.collect())\n",
    stdout: "collected 11\ncollected 0\ncollected 0\n",
    stderr: "unawaited_warning_garbage.py:7: RuntimeWarning: coroutine 'c' was never awaited\n  del x\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\nunawaited_warning_garbage.py:10: RuntimeWarning: coroutine 'c' was never awaited\n  del x\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\nunawaited_warning_garbage.py:13: UserWarning: with a source\n  warnings.warn(\"with a source\", UserWarning, source=gc)\nUserWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
  {
    name: "A warnings.warn with source= is the first to import tracemalloc: gc.collect() then finds the classes that import left in cycles, once.",
    file: "warning_source_garbage.py",
    source: "# A warnings.warn with source= is the first to import tracemalloc: gc.collect() then finds the classes that import left in cycles, once.\nimport gc, warnings\ngc.collect()\nwarnings.warn(\"plain\", UserWarning)\nprint('collected', gc.collect())\nwarnings.warn(\"hello\", UserWarning, source=gc)\nprint('collected', gc.collect())\nwarnings.warn(\"again\", UserWarning, source=gc)\nprint('collected', gc.collect())\n",
    stdout: "collected 0\ncollected 11\ncollected 0\n",
    stderr: "warning_source_garbage.py:4: UserWarning: plain\n  warnings.warn(\"plain\", UserWarning)\nwarning_source_garbage.py:6: UserWarning: hello\n  warnings.warn(\"hello\", UserWarning, source=gc)\nUserWarning: Enable tracemalloc to get the object allocation traceback\nwarning_source_garbage.py:8: UserWarning: again\n  warnings.warn(\"again\", UserWarning, source=gc)\nUserWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
];

describeCpythonCases("the side effects of the first tracemalloc import", CASES);
