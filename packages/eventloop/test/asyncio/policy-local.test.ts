// The default policy's _local (its loop and _set_called, read and written), and get_event_loop calling set_event_loop/new_event_loop replaced on the instance (test_events PolicyTests).
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py (addresses, frames of other files), with CPython's Lib/asyncio path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["policy_local_writes.py", "# policy._local reads and writes the policy's loop and _set_called\nimport asyncio\npolicy = asyncio.DefaultEventLoopPolicy()\nprint(policy._local._loop, policy._local._set_called, type(policy._local).__name__)\nloop = asyncio.new_event_loop()\npolicy._local._loop = loop\nprint(policy.get_event_loop() is loop, policy._local._set_called)\npolicy._local._loop = None\npolicy._local._set_called = True\ntry:\n    policy.get_event_loop()\nexcept RuntimeError as e:\n    print('RuntimeError', e)\npolicy._local._set_called = False\nl2 = policy.get_event_loop()\nprint(l2 is not loop, policy._local._loop is l2, policy._local._set_called)\nasyncio.set_event_loop_policy(policy)\nprint(asyncio.get_event_loop() is l2)\nasyncio.set_event_loop_policy(None)\nl2.close(); loop.close()\np = asyncio.DefaultEventLoopPolicy()\ncalls = []\norig = p.set_event_loop\ndef spy(l):\n    calls.append(type(l).__name__)\n    return orig(l)\np.set_event_loop = spy\nmade = p.get_event_loop()\nprint(calls, p._local._loop is made)\nmade.close()\n", "None False _Local\nTrue False\nRuntimeError There is no current event loop in thread 'MainThread'.\nTrue True True\nTrue\n['_UnixSelectorEventLoop'] True\n", "", 0],
];

describeRecorded("policy-local", cases);
