// A native contextlib method or coroutine that raises (a failed __enter__/__exit__/__aenter__/__aexit__) keeps its arguments alive with the exception, as CPython's frame on the traceback keeps its locals. Expected output recorded from CPython 3.8.18 through the oracle (PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE), addresses as 0x?. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a failed __aenter__/__aexit__ keeps its context manager alive while the exception lives, as its frame on the traceback does",
    file: "aenter_frame_keeps_self.py",
    source: "# a failed __aenter__/__aexit__ keeps its context manager alive while the exception lives, as its frame on the traceback does\nimport weakref\nfrom contextlib import asynccontextmanager\n\n@asynccontextmanager\nasync def fails_on_enter():\n    raise ValueError('enter')\n    yield\n\n@asynccontextmanager\nasync def fails_on_exit():\n    yield\n    raise KeyError('exit')\n\n@asynccontextmanager\nasync def not_a_generator():\n    return 1\n\ndef run(coro):\n    try:\n        coro.send(None)\n    except StopIteration:\n        pass\n\nasync def main():\n    for factory in (fails_on_enter, fails_on_exit):\n        cm = factory()\n        weakref.finalize(cm, print, '  cm freed:', factory.__name__)\n        try:\n            async with cm:\n                del cm\n                print('  body')\n        except (ValueError, KeyError) as e:\n            print('  caught', repr(e))\n        print('after except')\n    try:\n        async with not_a_generator():\n            pass\n    except AttributeError as e:\n        print('caught', e)\n        print('still handling')\n    print('done')\n\nrun(main())\n",
    stdout: "  caught ValueError('enter')\nafter except\n  cm freed: fails_on_enter\n  body\n  caught KeyError('exit')\n  cm freed: fails_on_exit\nafter except\ncaught 'coroutine' object has no attribute '__anext__'\nstill handling\ndone\n",
    stderr: "aenter_frame_keeps_self.py:41: RuntimeWarning: coroutine 'not_a_generator' was never awaited\n  print('still handling')\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
    exit: 0,
  },
  {
    name: "a failed __enter__/__exit__ of a @contextmanager keeps its context manager alive while the exception lives",
    file: "enter_frame_keeps_self.py",
    source: "# a failed __enter__/__exit__ of a @contextmanager keeps its context manager alive while the exception lives\nimport weakref\nfrom contextlib import contextmanager, ExitStack\n@contextmanager\ndef bad_enter():\n    raise ValueError('enter')\n    yield\n@contextmanager\ndef bad_exit():\n    yield\n    raise KeyError('exit')\nfor f in (bad_enter, bad_exit):\n    cm = f()\n    weakref.finalize(cm, print, '  freed', f.__name__)\n    try:\n        with cm:\n            del cm\n            print('  body')\n    except (ValueError, KeyError) as e:\n        if f is bad_enter: del cm\n        print('  caught', repr(e))\n    print('after')\nclass CM:\n    def __enter__(self): raise ValueError('x')\n    def __exit__(self, *a): pass\ntry:\n    with ExitStack() as st:\n        c = CM()\n        weakref.finalize(c, print, '  CM freed')\n        st.enter_context(c)\nexcept ValueError as e:\n    del c\n    print('caught', e)\nprint('end')\n",
    stdout: "  caught ValueError('enter')\n  freed bad_enter\nafter\n  body\n  caught KeyError('exit')\n  freed bad_exit\nafter\ncaught x\n  CM freed\nend\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("contextlib's native methods keep their locals while their exception lives", CASES, [0, Number.POSITIVE_INFINITY]);
