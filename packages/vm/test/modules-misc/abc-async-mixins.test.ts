// collections.abc's AsyncIterator/AsyncGenerator methods are async def (aclose, __anext__, asend, athrow). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "AsyncGenerator's aclose, __anext__ and athrow mixins are async def methods",
    file: "aclose_mixin.py",
    source: "# AsyncGenerator's aclose, __anext__ and athrow mixins are async def methods\nimport collections.abc as cabc\nclass MyAG(cabc.AsyncGenerator):\n    async def asend(self, v):\n        return v\n    async def athrow(self, *a):\n        return await super().athrow(*a)\nasync def d():\n    x = MyAG()\n    print(await x.__anext__())\n    print(await x.asend(3))\n    try:\n        await x.athrow(KeyError, KeyError(2))\n    except KeyError as e: print('KE', e)\n    try:\n        await x.athrow(KeyError)\n    except KeyError as e: print('KE', repr(e))\n    await x.aclose()\n    c = x.aclose()\n    print(type(c).__name__, c.__qualname__)\n    c.close()\ntry:\n    d().send(None)\nexcept StopIteration: print('done')\nclass Y(cabc.AsyncGenerator):\n    async def asend(self, v): return v\n    async def athrow(self, *a): return 1\nasync def e():\n    await Y().aclose()\ntry:\n    e().send(None)\nexcept RuntimeError as ex: print(ex)\n",
    stdout: "None\n3\nKE 2\nKE KeyError()\ncoroutine AsyncGenerator.aclose\ndone\nasynchronous generator ignored GeneratorExit\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "AsyncIterator.__anext__ is an abstract async def raising StopAsyncIteration when awaited",
    file: "anext_abstract.py",
    source: "# AsyncIterator.__anext__ is an abstract async def raising StopAsyncIteration when awaited\nimport collections.abc as cabc\nc = cabc.AsyncIterator.__anext__(None)\nprint(type(c).__name__, c.__qualname__, cabc.AsyncIterator.__anext__.__doc__)\ntry:\n    c.send(None)\nexcept StopAsyncIteration as e:\n    print('SAI', repr(e))\nclass It(cabc.AsyncIterator):\n    async def __anext__(self):\n        return await super().__anext__()\nasync def main():\n    async for x in It():\n        print(x)\n    print('empty')\ntry:\n    main().send(None)\nexcept StopIteration: print('done')\n",
    stdout: "coroutine AsyncIterator.__anext__ Return the next item or raise StopAsyncIteration when exhausted.\nSAI StopAsyncIteration()\nempty\ndone\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("collections.abc async mixins", CASES);
