// loop.call_soon_threadsafe schedules as call_soon does, with its own name in debug-mode checks.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock, through the
// oracle's normalize.py (addresses, frames of other files).
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["call_soon_threadsafe.py", "# loop.call_soon_threadsafe schedules like call_soon (FIFO with it), checks the callback in debug mode and refuses a closed loop\nimport asyncio\n\nasync def cf():\n    pass\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    loop.call_soon(print, 'soon 1')\n    h = loop.call_soon_threadsafe(print, 'threadsafe', 2)\n    loop.call_soon(print, 'soon 3')\n    print(h, loop.call_soon_threadsafe.__qualname__)\n    await asyncio.sleep(0)\n    loop.set_debug(True)\n    for bad in (cf, 42):\n        try:\n            loop.call_soon_threadsafe(bad)\n        except TypeError as e:\n            print('TypeError', e)\n    try:\n        loop.call_soon_threadsafe()\n    except TypeError as e:\n        print('TypeError', e)\n    loop.set_debug(False)\n    h2 = loop.call_soon_threadsafe(print, 'cancelled')\n    h2.cancel()\n    await asyncio.sleep(0)\n\nasyncio.run(main())\nloop = asyncio.new_event_loop()\nloop.close()\ntry:\n    loop.call_soon_threadsafe(print)\nexcept RuntimeError as e:\n    print('RuntimeError', e)\n", "<Handle print('threadsafe', 2)> BaseEventLoop.call_soon_threadsafe\nsoon 1\nthreadsafe 2\nsoon 3\nTypeError coroutines cannot be used with call_soon_threadsafe()\nTypeError a callable object was expected by call_soon_threadsafe(), got 42\nTypeError call_soon_threadsafe() missing 1 required positional argument: 'callback'\nRuntimeError Event loop is closed\n", "", 0],
];

describeRecorded("call_soon_threadsafe", cases);
