// asyncio is a package: asyncio.events, asyncio.tasks, asyncio.futures and the other submodules
// hold the names the package exports, as CPython 3.8's Lib/asyncio modules define them.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["submodules.py", "# asyncio's submodules hold the names the package exports\nimport asyncio\nfrom asyncio import events, futures, tasks, base_events, exceptions\nimport asyncio.locks\nimport asyncio.queues as q\nimport sys\nprint(asyncio.events.get_event_loop is asyncio.get_event_loop, tasks.Task is asyncio.Task, futures.Future is asyncio.Future)\nprint(futures._CFuture is asyncio.Future, tasks._CTask is asyncio.Task, q.Queue is asyncio.Queue)\nprint(exceptions.CancelledError, base_events.BaseEventLoop, asyncio.locks.Lock)\nprint(tasks.__name__, tasks.__package__, asyncio.__package__, type(asyncio.__path__).__name__)\nprint(sys.modules['asyncio.events'] is events, asyncio.runners.run is asyncio.run)\nprint(asyncio.unix_events.SelectorEventLoop is asyncio.SelectorEventLoop, asyncio.coroutines.iscoroutine is asyncio.iscoroutine)\ntry:\n    import asyncio.nothere\nexcept ImportError as e:\n    print(type(e).__name__, e)\ntry:\n    from asyncio import nothere\nexcept ImportError as e:\n    print(type(e).__name__, str(e).split(' (')[0])\nasync def main():\n    return events.get_running_loop() is tasks.current_task().get_loop()\nprint(asyncio.run(main()))\n", "True True True\nTrue True True\n<class 'asyncio.exceptions.CancelledError'> <class 'asyncio.base_events.BaseEventLoop'> <class 'asyncio.locks.Lock'>\nasyncio.tasks asyncio asyncio list\nTrue True\nTrue True\nModuleNotFoundError No module named 'asyncio.nothere'\nImportError cannot import name 'nothere' from 'asyncio'\nTrue\n", "", 0],
];

describeRecorded('asyncio submodules', cases);
