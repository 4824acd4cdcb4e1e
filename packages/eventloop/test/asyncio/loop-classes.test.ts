// The loop classes form CPython 3.8's chain: AbstractEventLoop <- BaseEventLoop <-
// BaseSelectorEventLoop <- _UnixSelectorEventLoop (asyncio.SelectorEventLoop), each with its module.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["loop_classes.py", "import asyncio\nloop = asyncio.new_event_loop()\nprint(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop), asyncio.BaseEventLoop, asyncio.AbstractEventLoop)\nprint(asyncio.SelectorEventLoop, asyncio.SelectorEventLoop.__mro__)\nprint(issubclass(asyncio.SelectorEventLoop, asyncio.AbstractEventLoop), asyncio.BaseEventLoop.__bases__, asyncio.AbstractEventLoop.__module__, asyncio.BaseEventLoop.__qualname__)\nclass MyLoop(asyncio.SelectorEventLoop):\n    pass\nl2 = MyLoop()\nprint(l2, type(l2).__mro__[1:3], l2.is_closed())\nl2.close(); loop.close()\nasync def main():\n    print(isinstance(asyncio.get_running_loop(), asyncio.BaseEventLoop))\nasyncio.run(main())\n", "True True <class 'asyncio.base_events.BaseEventLoop'> <class 'asyncio.events.AbstractEventLoop'>\n<class 'asyncio.unix_events._UnixSelectorEventLoop'> (<class 'asyncio.unix_events._UnixSelectorEventLoop'>, <class 'asyncio.selector_events.BaseSelectorEventLoop'>, <class 'asyncio.base_events.BaseEventLoop'>, <class 'asyncio.events.AbstractEventLoop'>, <class 'object'>)\nTrue (<class 'asyncio.events.AbstractEventLoop'>,) asyncio.events BaseEventLoop\n<MyLoop running=False closed=False debug=False> (<class 'asyncio.unix_events._UnixSelectorEventLoop'>, <class 'asyncio.selector_events.BaseSelectorEventLoop'>) False\nTrue\n", "", 0],];

describeRecorded('loop classes', cases);
