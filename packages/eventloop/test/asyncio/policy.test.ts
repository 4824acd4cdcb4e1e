// Event loop policies: get_event_loop_policy, set_event_loop_policy, a policy written in Python, and the asserts of set_event_loop and set_event_loop_policy.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["policy.py", "import asyncio\nclass MyPolicy(asyncio.DefaultEventLoopPolicy):\n    def new_event_loop(self):\n        print('MyPolicy.new_event_loop')\n        return super().new_event_loop()\np = MyPolicy()\nasyncio.set_event_loop_policy(p)\nprint(asyncio.get_event_loop_policy() is p)\nloop = asyncio.get_event_loop()\nprint(asyncio.get_event_loop() is loop)\nasyncio.run(asyncio.sleep(0))\ntry:\n    asyncio.get_event_loop()\nexcept RuntimeError as e:\n    print(e)\nasyncio.set_event_loop_policy(None)\nprint(asyncio.get_event_loop() is loop)\ntry:\n    asyncio.set_event_loop_policy(5)\nexcept AssertionError as e:\n    print('assert', repr(e))\ntry:\n    asyncio.set_event_loop(5)\nexcept AssertionError as e:\n    print('assert', repr(e))\nprint(isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))\n", "True\nMyPolicy.new_event_loop\nTrue\nMyPolicy.new_event_loop\nThere is no current event loop in thread 'MainThread'.\nFalse\nassert AssertionError()\nassert AssertionError()\nTrue\n", "", 0],
];

describeRecorded("policy", cases);
