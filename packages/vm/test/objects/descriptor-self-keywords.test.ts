// A method, class-method or slot descriptor called with keyword arguments only has no self: it needs an argument (method_vectorcall_*, classmethoddescr_call, wrapperdescr_call). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a method descriptor called with keyword arguments only needs its self argument",
    file: "genco_01.py",
    source: "# a method descriptor called with keyword arguments only needs its self argument\nfor f in [lambda: list.append(x=1), lambda: list.append(), lambda: str.join(iterable=[1]),\n          lambda: dict.__dict__['fromkeys'](x=1), lambda: dict.__dict__['fromkeys'](),\n          lambda: list.__add__(x=1), lambda: list.__add__(), lambda: int.__add__(other=1)]:\n    try:\n        f()\n    except TypeError as e:\n        print(e)\n",
    stdout: "descriptor 'append' of 'list' object needs an argument\ndescriptor 'append' of 'list' object needs an argument\ndescriptor 'join' of 'str' object needs an argument\ndescriptor 'fromkeys' of 'dict' object needs an argument\ndescriptor 'fromkeys' of 'dict' object needs an argument\ndescriptor '__add__' of 'list' object needs an argument\ndescriptor '__add__' of 'list' object needs an argument\ndescriptor '__add__' of 'int' object needs an argument\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "contextlib's ExitStack.callback read from the class and called with keywords only",
    file: "genco_02.py",
    source: "# contextlib's ExitStack.callback read from the class and called with keywords only\nfrom contextlib import ExitStack, AsyncExitStack\nfor f in [lambda: ExitStack.callback(arg=2), lambda: AsyncExitStack.push_async_callback(arg=2)]:\n    try:\n        f()\n    except TypeError as e:\n        print(e)\nwith ExitStack() as stack:\n    try:\n        stack.callback(arg=1)\n    except TypeError as e:\n        print(e)\n",
    stdout: "descriptor 'callback' of '_BaseExitStack' object needs an argument\ndescriptor 'push_async_callback' of 'AsyncExitStack' object needs an argument\ncallback expected at least 1 positional argument, got 0\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("descriptor calls without a positional self", CASES);
