// sys.call_tracing, _clear_type_cache, check interval, dlopen flags, thread_info, intern. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.intern: the first str of a text is kept and returned for equal strs; the table does not keep it alive",
    file: "sys_intern_01.py",
    source: "# sys.intern: the first str of a text is kept and returned for equal strs; the table does not keep it alive\nimport sys, gc\ns = \"never interned before\" + str(len(sys.argv))\nprint(sys.intern(s) is s)\ns2 = s.swapcase().swapcase()\nprint(s2 is s, sys.intern(s2) is s)\nprint(sys.getrefcount(s))\nk = 'abc'\nbuilt = ''.join(['a', 'b', 'c'])\nprint(built is k, sys.intern(built) is k)\nclass S(str):\n    pass\ntry:\n    sys.intern(S('x'))\nexcept TypeError as e:\n    print('TypeError', e)\ntry:\n    sys.intern(1)\nexcept TypeError as e:\n    print('TypeError', e)\nt = \"temporary text \" + str(5)\ni = id(t)\nsys.intern(t)\ndel t\nu = \"temporary text \" + str(5)\nprint(sys.intern(u) is u)\n",
    stdout: "True\nFalse True\n2\nFalse True\nTypeError can't intern S\nTypeError intern() argument must be str, not int\nTrue\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "sys.call_tracing, _clear_type_cache, the deprecated check interval and callstats, dlopen flags, thread_info and dont_write_bytecode",
    file: "sys_knobs_01.py",
    source: "# sys.call_tracing, _clear_type_cache, the deprecated check interval and callstats, dlopen flags, thread_info and dont_write_bytecode\nimport sys, warnings\nwarnings.simplefilter('always')\nprint(sys.call_tracing(len, ([1, 2],)))\nfor bad in ((type, 2), (len,), ()):\n    try:\n        sys.call_tracing(*bad)\n    except TypeError as e:\n        print('TypeError', e)\ndef tracer(frame, event, arg):\n    if event == 'call':\n        print('trace', event, frame.f_code.co_name)\n        if frame.f_code.co_name == 'outer':\n            sys.call_tracing(inner, (1,))\n    return None\ndef inner(x):\n    return x\ndef outer():\n    return 2\nsys.settrace(tracer)\nouter()\nsys.settrace(None)\nclass A:\n    x = 1\nA().x\nprint(A.__flags__ & (1 << 19) != 0)\nprint(sys._clear_type_cache())\nprint(A.__flags__ & (1 << 19) != 0)\nprint(sys.getcheckinterval())\nsys.setcheckinterval(7)\nprint(sys.getcheckinterval())\ntry:\n    sys.setcheckinterval('a')\nexcept TypeError as e:\n    print('TypeError', e)\nprint(sys.getdlopenflags())\nsys.setdlopenflags(258)\nprint(sys.getdlopenflags())\ntry:\n    sys.setdlopenflags(2**40)\nexcept OverflowError as e:\n    print('OverflowError', e)\nprint(sys.callstats())\nprint(sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info), type(sys.thread_info).__name__)\nprint(type(sys.thread_info).__doc__)\nprint(sys.dont_write_bytecode is False or sys.dont_write_bytecode is True, sys.flags.dont_write_bytecode == sys.dont_write_bytecode)\n",
    stdout: "2\nTypeError call_tracing() argument 2 must be tuple, not int\nTypeError call_tracing expected 2 arguments, got 1\nTypeError call_tracing expected 2 arguments, got 0\ntrace call outer\ntrace call inner\nTrue\nNone\nFalse\n100\n7\nTypeError an integer is required (got type str)\n2\n258\nOverflowError Python int too large to convert to C int\nNone\npthread semaphore 3 thread_info\nsys.thread_info\n\nA named tuple holding information about the thread implementation.\nTrue True\n",
    stderr: "sys_knobs_01.py:29: DeprecationWarning: sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.getswitchinterval() instead.\n  print(sys.getcheckinterval())\nsys_knobs_01.py:30: DeprecationWarning: sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.setswitchinterval() instead.\n  sys.setcheckinterval(7)\nsys_knobs_01.py:31: DeprecationWarning: sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.getswitchinterval() instead.\n  print(sys.getcheckinterval())\nsys_knobs_01.py:43: DeprecationWarning: sys.callstats() has been deprecated in Python 3.7 and will be removed in the future\n  print(sys.callstats())\n",
    exit: 0,
  },
];

describeCpythonCases("sys knobs and sys.intern", CASES);
