// An async generator closed when its last reference goes, with no finalizer hook set (`gen_close` from `_PyGen_Finalize`): a return signals StopAsyncIteration, which close does not ignore and the finalizer reports. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "An async generator finalized inside a finally entered by return reports StopAsyncIteration",
    file: "a1_pending_return.py",
    source: "# An async generator finalized inside a finally entered by return reports StopAsyncIteration\nasync def top():\n    try:\n        return\n    finally:\n        try:\n            yield 50\n        except GeneratorExit:\n            print('caught GeneratorExit')\n\nasync def drive():\n    a = top()\n    print('anext', await a.__anext__())\n    del a\n    print('after del')\n    return 'done'\n\nd = drive()\ntry:\n    d.send(None)\nexcept StopIteration as e:\n    print('returned', e.value)\n",
    stdout: "anext 50\ncaught GeneratorExit\nafter del\nreturned done\n",
    stderr: "Exception ignored in: <async_generator object top at 0x?>\nTraceback (most recent call last):\n  File \"a1_pending_return.py\", line 14, in drive\n    del a\nStopAsyncIteration: \n",
    exit: 0,
  },
  {
    name: "An async generator whose finally returns, finalized without a finalizer hook",
    file: "a2_finally_return.py",
    source: "# An async generator whose finally returns, finalized without a finalizer hook\nasync def agen():\n    try:\n        yield 1\n    finally:\n        print('finally')\n        return\n\ndef main():\n    g = agen()\n    try:\n        g.__anext__().send(None)\n    except StopIteration as e:\n        print('yielded', e.value)\n    g = None\n    print('after')\n\nmain()\n",
    stdout: "yielded 1\nfinally\nafter\n",
    stderr: "Exception ignored in: <async_generator object agen at 0x?>\nTraceback (most recent call last):\n  File \"a2_finally_return.py\", line 15, in main\n    g = None\nStopAsyncIteration: \n",
    exit: 0,
  },
  {
    name: "Async generators closed by the collector and closed cleanly, without a finalizer hook",
    file: "a3_cycle_and_plain.py",
    source: "# Async generators closed by the collector and closed cleanly, without a finalizer hook\nimport gc\n\nasync def swallow(tag):\n    try:\n        yield tag\n    except GeneratorExit:\n        print('GeneratorExit in', tag)\n    print('falls out', tag)\n\nasync def plain(tag):\n    try:\n        yield tag\n    finally:\n        print('plain finally', tag)\n\ndef step(g):\n    try:\n        g.__anext__().send(None)\n    except StopIteration as e:\n        print('yielded', e.value)\n\ng = swallow('cyc')\nstep(g)\nholder = [g]\nholder.append(holder)\ndel g, holder\nprint('collected', gc.collect())\np = plain('p')\nstep(p)\ndel p\nprint('end')\n",
    stdout: "yielded cyc\nGeneratorExit in cyc\nfalls out cyc\ncollected 2\nyielded p\nplain finally p\nend\n",
    stderr: "Exception ignored in: <async_generator object swallow at 0x?>\nTraceback (most recent call last):\n  File \"a3_cycle_and_plain.py\", line 28, in <module>\n    print('collected', gc.collect())\nStopAsyncIteration: \n",
    exit: 0,
  },
  {
    name: "An async generator that yields again when finalized: RuntimeError, as for a generator",
    file: "a4_ignored.py",
    source: "# An async generator that yields again when finalized: RuntimeError, as for a generator\nasync def stubborn():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\n\ng = stubborn()\ntry:\n    g.__anext__().send(None)\nexcept StopIteration as e:\n    print('yielded', e.value)\ndel g\nprint('end')\n",
    stdout: "yielded 1\nend\n",
    stderr: "Exception ignored in: <async_generator object stubborn at 0x?>\nTraceback (most recent call last):\n  File \"a4_ignored.py\", line 13, in <module>\n    del g\nRuntimeError: async generator ignored GeneratorExit\n",
    exit: 0,
  },
];

describeCpythonCases("async generators closed by finalization", CASES, [0, Number.POSITIVE_INFINITY]);
