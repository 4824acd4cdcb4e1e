// asyncio's functions: the C ones of _asyncio it re-exports stay builtins of _asyncio, the Python ones are functions.
// Expected output recorded from CPython 3.8.18 under the oracle's virtual clock (vt.py), through the
// oracle's normalize.py, with CPython's Lib path as corosim's.
import { type RecordedCase, describeRecorded } from './support/run-checked.ts';

const cases: readonly RecordedCase[] = [
  ["asyncio_c_functions.py", "# asyncio's C functions from _asyncio stay builtins of _asyncio; its Python ones are functions whose argument errors read as Python's\nimport asyncio, inspect\nfor n in ('get_running_loop', '_get_running_loop', 'get_event_loop', '_set_running_loop', '_register_task', '_enter_task', 'new_event_loop', 'all_tasks'):\n    f = getattr(asyncio, n)\n    print(n, type(f).__name__, inspect.isfunction(f), f.__module__)\nfor call in (lambda: asyncio.get_event_loop_policy(1), lambda: asyncio.all_tasks(1, 2), lambda: asyncio.get_running_loop(1),\n             lambda: asyncio._get_running_loop(1), lambda: asyncio.new_event_loop(1)):\n    try:\n        call()\n    except TypeError as e:\n        print(e)\n", "get_running_loop builtin_function_or_method False _asyncio\n_get_running_loop builtin_function_or_method False _asyncio\nget_event_loop builtin_function_or_method False _asyncio\n_set_running_loop builtin_function_or_method False _asyncio\n_register_task builtin_function_or_method False _asyncio\n_enter_task builtin_function_or_method False _asyncio\nnew_event_loop function True asyncio.events\nall_tasks function True asyncio.tasks\nget_event_loop_policy() takes 0 positional arguments but 1 was given\nall_tasks() takes from 0 to 1 positional arguments but 2 were given\nget_running_loop() takes no arguments (1 given)\n_get_running_loop() takes no arguments (1 given)\nnew_event_loop() takes 0 positional arguments but 1 was given\n", "", 0],
];

describeRecorded('asyncio-c-functions', cases);
