// FutureIter.send after the iterator let go of its future.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py, with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["future_iter_send_exhausted.py", "# FutureIter.send once its future is gone (after its result, a throw or close) is a SystemError, as _asynciomodule.c's NULL without an exception makes it\nimport asyncio\nloop = asyncio.new_event_loop()\nf = loop.create_future()\nf.set_result(3)\nit = iter(f)\ntry:\n    next(it)\nexcept StopIteration as e:\n    print('StopIteration', e.value)\nfor step in (lambda: it.send(1), lambda: it.send(None), lambda: next(it)):\n    try:\n        print(step())\n    except (SystemError, StopIteration) as e:\n        print(type(e).__name__, e)\ng = loop.create_future()\nit = g.__await__()\nprint(it.send(5) is g)\nit.close()\ntry:\n    it.send(None)\nexcept SystemError as e:\n    print('SystemError', e)\nit = g.__await__()\ntry:\n    it.throw(KeyError('k'))\nexcept KeyError as e:\n    print('KeyError', e)\ntry:\n    it.send(None)\nexcept SystemError as e:\n    print('SystemError', e)\nloop.close()\n", "StopIteration 3\nSystemError <method 'send' of '_asyncio.FutureIter' objects> returned NULL without setting an error\nSystemError <method 'send' of '_asyncio.FutureIter' objects> returned NULL without setting an error\nStopIteration \nTrue\nSystemError <method 'send' of '_asyncio.FutureIter' objects> returned NULL without setting an error\nKeyError 'k'\nSystemError <method 'send' of '_asyncio.FutureIter' objects> returned NULL without setting an error\n", "", 0],
];

describeRecorded('future-iter-send', cases);
