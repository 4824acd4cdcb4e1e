// The __text_signature__ Lib/ sets on some of its functions. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "functions the library gives a __text_signature__ (weakref.finalize, partialmethod, ExitStack.callback) have it in their __dict__, and inspect.signature reads it",
    file: "library_text_signatures.py",
    source: "# functions the library gives a __text_signature__ (weakref.finalize, partialmethod, ExitStack.callback) have it in their __dict__, and inspect.signature reads it\nimport inspect, weakref, functools, contextlib\nfor f in [weakref.finalize, weakref.finalize.__init__, functools.partialmethod, functools.partialmethod.__init__, contextlib.ExitStack.callback, contextlib.AsyncExitStack.push_async_callback]:\n    print(getattr(f, '__qualname__', f), inspect.signature(f))\nprint(vars(weakref.finalize.__init__), vars(functools.partialmethod.__init__))\nprint(contextlib.ExitStack.callback.__text_signature__)\n",
    stdout: "finalize (obj, func, /, *args, **kwargs)\nfinalize.__init__ (self, obj, func, /, *args, **kwargs)\npartialmethod (func, /, *args, **keywords)\npartialmethod.__init__ (self, func, /, *args, **keywords)\n_BaseExitStack.callback (self, callback, /, *args, **kwds)\nAsyncExitStack.push_async_callback (self, callback, /, *args, **kwds)\n{'__text_signature__': '($self, obj, func, /, *args, **kwargs)'} {'__text_signature__': '($self, func, /, *args, **keywords)'}\n($self, callback, /, *args, **kwds)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("library text signatures", CASES);
