// contextlib's context managers keep their state as instance attributes; ExitStack's exit takes its arguments as they came and its registrations go through self._push_cm_exit/_push_exit_callback and the _create_*_wrapper static methods. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "AsyncExitStack.__aexit__ passes its arguments as they came; none at all raise IndexError",
    file: "async_exitstack_04.py",
    source: "# AsyncExitStack.__aexit__ passes its arguments as they came; none at all raise IndexError\nfrom contextlib import AsyncExitStack\ndef run(coro):\n    try:\n        coro.send(None)\n    except StopIteration as e:\n        return e.value\nasync def main():\n    s = AsyncExitStack()\n    s.push(lambda *a: print('sync exit got', a))\n    async def aexit(*a):\n        print('async exit got', a)\n    s.push_async_exit(aexit)\n    print(await s.__aexit__(None))\n    try:\n        await s.__aexit__()\n    except IndexError as e:\n        print('IndexError:', e)\nrun(main())\n",
    stdout: "async exit got (None,)\nsync exit got (None,)\nFalse\nIndexError: tuple index out of range\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "contextlib's closing, nullcontext, suppress and redirect_stdout keep their state as instance attributes",
    file: "cm_attrs_01.py",
    source: "# contextlib's closing, nullcontext, suppress and redirect_stdout keep their state as instance attributes\nfrom contextlib import closing, nullcontext, suppress, redirect_stdout, redirect_stderr\nimport contextlib\nclass T:\n    def close(self):\n        print('closed')\nc = closing(T())\nprint(sorted(vars(c)), type(c.thing).__name__)\nn = nullcontext(5)\nprint(vars(n))\nn.enter_result = 6\nwith n as x:\n    print(x)\ns = suppress(KeyError, IndexError)\nprint(s._exceptions)\ns._exceptions = ValueError\nwith s:\n    raise ValueError('swallowed')\nprint('after')\nr = redirect_stdout(None)\nprint(vars(r), r._stream, redirect_stderr._stream, contextlib._RedirectStream._stream)\nprint([k.__name__ for k in redirect_stdout.__mro__ if k.__module__ == 'contextlib'])\nc.thing = None\ntry:\n    with c:\n        pass\nexcept AttributeError as e:\n    print(e)\n",
    stdout: "['thing'] T\n{'enter_result': 5}\n6\n(<class 'KeyError'>, <class 'IndexError'>)\nafter\n{'_new_target': None, '_old_targets': []} stdout stderr None\n['redirect_stdout', '_RedirectStream', 'AbstractContextManager']\n'NoneType' object has no attribute 'close'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "redirect_stdout: a subclass's _stream is the sys attribute replaced; __exit__ pops the old targets (IndexError when none)",
    file: "cm_redirect_02.py",
    source: "# redirect_stdout: a subclass's _stream is the sys attribute replaced; __exit__ pops the old targets (IndexError when none)\nfrom contextlib import redirect_stdout\nimport sys\nparts = []\nclass W:\n    def write(self, s):\n        parts.append(s)\nclass ToErr(redirect_stdout):\n    _stream = 'stderr'\nr = ToErr(W())\nwith r:\n    with r:\n        print('inner', file=sys.stderr)\n    print('outer', file=sys.stderr)\nprint(parts, r._old_targets)\ntry:\n    r.__exit__(None, None, None)\nexcept IndexError as e:\n    print('IndexError:', e)\ntry:\n    r.__exit__()\nexcept TypeError as e:\n    print('TypeError:', e)\n",
    stdout: "['inner', '\\n', 'outer', '\\n'] []\nIndexError: pop from empty list\nTypeError: __exit__() missing 3 required positional arguments: 'exctype', 'excinst', and 'exctb'\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "ExitStack.close() calls self.__exit__ (a subclass's runs); __exit__ passes its arguments as they came",
    file: "exitstack_exit_03.py",
    source: "# ExitStack.close() calls self.__exit__ (a subclass's runs); __exit__ passes its arguments as they came\nfrom contextlib import ExitStack\nclass S(ExitStack):\n    def __exit__(self, *a):\n        print('sub exit', a)\n        return super().__exit__(*a)\ns = S()\ns.callback(print, 'callback')\ns.close()\ne = ExitStack()\ne.callback(print, 'not run')\ntry:\n    e.__exit__()\nexcept IndexError as x:\n    print('IndexError:', x)\nf = ExitStack()\nf.push(lambda *a: print('exit callback got', a))\nprint(f.__exit__(None))\nf.callback(print)\ntry:\n    f.__exit__(None)\nexcept IndexError as x:\n    print('IndexError:', x, '| context:', repr(x.__context__)[:60])\n",
    stdout: "sub exit (None, None, None)\ncallback\nIndexError: tuple index out of range\nexit callback got (None,)\nFalse\nIndexError: tuple index out of range | context: TypeError(\"_exit_wrapper() missing 2 required positional arg\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "ExitStack and AsyncExitStack register callbacks through self._push_cm_exit and self._push_exit_callback (a subclass can hook them)",
    file: "exitstack_push_hooks_05.py",
    source: "# ExitStack and AsyncExitStack register callbacks through self._push_cm_exit and self._push_exit_callback (a subclass can hook them)\nimport contextlib\nclass Logged(contextlib.ExitStack):\n    def _push_exit_callback(self, callback, is_sync=True):\n        print('push', type(callback).__name__, is_sync)\n        super()._push_exit_callback(callback, is_sync)\n    def _push_cm_exit(self, cm, cm_exit):\n        print('cm exit', type(cm).__name__, cm_exit.__name__)\n        super()._push_cm_exit(cm, cm_exit)\nclass CM:\n    def __enter__(self): return 'cm'\n    def __exit__(self, *a): print('CM exit')\nwith Logged() as s:\n    print(s.enter_context(CM()))\n    s.push(CM())\n    s.push(lambda *a: print('plain exit'))\n    s.callback(print, 'cb')\n    print([(k, type(v).__name__) for k, v in s._exit_callbacks])\nprint(sorted(k for k in vars(contextlib._BaseExitStack) if k.startswith('_push')), sorted(k for k in vars(contextlib.AsyncExitStack) if k.startswith('_push')))\nclass ALogged(contextlib.AsyncExitStack):\n    def _push_exit_callback(self, callback, is_sync=True):\n        print('apush', type(callback).__name__, is_sync)\n        super()._push_exit_callback(callback, is_sync)\nclass ACM:\n    async def __aenter__(self): return 'acm'\n    async def __aexit__(self, *a): print('ACM exit')\nasync def main():\n    async with ALogged() as s:\n        print(await s.enter_async_context(ACM()))\n        s.push_async_exit(ACM())\n        async def f(*a): print('async plain')\n        s.push_async_exit(f)\n        async def nothing():\n            pass\n        s.push_async_callback(nothing)\n        s.enter_context(CM())\ntry:\n    main().send(None)\nexcept StopIteration:\n    pass\ns = contextlib.ExitStack()\ns._push_exit_callback(lambda *a: print('direct', a[0]))\ns._push_cm_exit(CM(), CM.__exit__)\ntry:\n    s._push_exit_callback()\nexcept TypeError as e: print(e)\ns.close()\nprint(contextlib._BaseExitStack._push_cm_exit.__doc__)\n",
    stdout: "cm exit CM __exit__\npush method True\ncm\ncm exit CM __exit__\npush method True\npush function True\npush function True\n[(True, 'method'), (True, 'method'), (True, 'function'), (True, 'function')]\ncb\nplain exit\nCM exit\nCM exit\n['_push_cm_exit', '_push_exit_callback'] ['_push_async_cm_exit']\napush method False\nacm\napush method False\napush function False\napush function False\napush method True\nCM exit\nasync plain\nACM exit\nACM exit\n_push_exit_callback() missing 1 required positional argument: 'callback'\nCM exit\ndirect None\nHelper to correctly register callbacks to __exit__ methods.\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "ExitStack's _create_cb_wrapper and _create_exit_wrapper are static methods the stack calls through self",
    file: "exitstack_wrappers_06.py",
    source: "# ExitStack's _create_cb_wrapper and _create_exit_wrapper are static methods the stack calls through self\nimport contextlib\nprint(sorted(k for k in vars(contextlib._BaseExitStack) if k.startswith('_create')), sorted(k for k in vars(contextlib.AsyncExitStack) if k.startswith('_create')))\nprint(type(vars(contextlib._BaseExitStack)['_create_cb_wrapper']).__name__)\nw = contextlib.ExitStack._create_cb_wrapper(print, 'a', sep='-')\nprint(w.__qualname__, hasattr(w, '__wrapped__'))\nw(None, None, None)\nclass CM:\n    def __exit__(self, *a): print('exit', a)\nm = contextlib.ExitStack._create_exit_wrapper(CM(), CM.__exit__)\nprint(type(m).__name__, m.__func__ is CM.__exit__)\nm(1, 2, 3)\nclass S(contextlib.ExitStack):\n    @staticmethod\n    def _create_cb_wrapper(callback, *args, **kwds):\n        print('custom cb wrapper', callback.__name__, args, kwds)\n        def w(*exc):\n            print('custom wrapper runs')\n            callback(*args, **kwds)\n        return w\n    @staticmethod\n    def _create_exit_wrapper(cm, cm_exit):\n        print('custom exit wrapper')\n        return lambda *a: cm_exit(cm, *a)\nwith S() as s:\n    cb = s.callback(print, 'x', end='!\\n')\n    print(s._exit_callbacks[0][1].__wrapped__ is print)\n    s.push(CM())\ntry:\n    contextlib.ExitStack._create_cb_wrapper()\nexcept TypeError as e: print(e)\nasync def main():\n    s = contextlib.AsyncExitStack()\n    async def f(x): print('async cb', x)\n    s.push_async_callback(f, 1)\n    w = s._exit_callbacks[0][1]\n    print(w.__qualname__, w.__wrapped__ is f)\n    await s.aclose()\ntry:\n    main().send(None)\nexcept StopIteration:\n    pass\n",
    stdout: "['_create_cb_wrapper', '_create_exit_wrapper'] ['_create_async_cb_wrapper', '_create_async_exit_wrapper']\nstaticmethod\n_BaseExitStack._create_cb_wrapper.<locals>._exit_wrapper False\na\nmethod True\nexit (1, 2, 3)\ncustom cb wrapper print ('x',) {'end': '!\\n'}\nTrue\ncustom exit wrapper\nexit (None, None, None)\ncustom wrapper runs\nx!\n_create_cb_wrapper() missing 1 required positional argument: 'callback'\nAsyncExitStack._create_async_cb_wrapper.<locals>._exit_wrapper True\nasync cb 1\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("contextlib instance state and ExitStack exits", CASES);
