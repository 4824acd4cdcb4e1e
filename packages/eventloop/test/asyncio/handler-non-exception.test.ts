// default_exception_handler reads exception.__traceback__ before it writes anything, so an
// 'exception' that is no exception makes it fail ("Exception in default exception handler").
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["handler_non_exception.py", "# the default exception handler given an 'exception' that is no exception fails on its __traceback__\nimport asyncio\nloop = asyncio.new_event_loop()\nloop.call_exception_handler({'message': 'not an exception', 'exception': 'text'})\nclass HasTb:\n    __traceback__ = None\nprint('--')\nloop.call_exception_handler({'message': 'none is fine', 'exception': None})\ntry:\n    loop.default_exception_handler({'message': 'direct', 'exception': 42})\nexcept AttributeError as e:\n    print('AttributeError', e)\nloop.close()\n", "--\nAttributeError 'int' object has no attribute '__traceback__'\n", "Exception in default exception handler\nTraceback (most recent call last):\nAttributeError: 'str' object has no attribute '__traceback__'\nnone is fine\n", 0],
];

describeRecorded('default handler and non-exceptions', cases);
