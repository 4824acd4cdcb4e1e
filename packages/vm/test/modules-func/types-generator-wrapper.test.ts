// types._GeneratorWrapper is exposed, and its __next__ passes the wrapped iterator's StopIteration value on. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "types._GeneratorWrapper: what types.coroutine wraps a generator-like object in; awaiting it returns the wrapped iterator's StopIteration value",
    file: "generator_wrapper.py",
    source: "# types._GeneratorWrapper: what types.coroutine wraps a generator-like object in; awaiting it returns the wrapped iterator's StopIteration value\nimport types\ndef gen():\n    x = yield 'step'\n    return 'spam' + str(x)\n@types.coroutine\ndef func():\n    return gen()\nclass G:\n    def __iter__(self): return self\n    def __next__(self): raise StopIteration('g')\n    def send(self, v): raise StopIteration('sent')\n    def throw(self, *a): pass\n    def close(self): pass\n@types.coroutine\ndef func2():\n    return G()\nasync def coro():\n    w = func()\n    print(type(w).__name__, isinstance(w, types._GeneratorWrapper))\n    r1 = await w\n    w2 = func2()\n    print(type(w2), isinstance(w2, types._GeneratorWrapper), types._GeneratorWrapper.__module__)\n    return r1, await w2\nc = coro()\nprint(c.send(None))\ntry:\n    c.send(1)\nexcept StopIteration as e:\n    print('returned', e.value)\nw = func2()\nprint(next(iter(w), 'exhausted'))\ntry:\n    next(w)\nexcept StopIteration as e:\n    print('StopIteration', e.value)\n",
    stdout: "_GeneratorWrapper True\nstep\n<class 'types._GeneratorWrapper'> True types\nreturned ('spam1', 'g')\nexhausted\nStopIteration g\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("types._GeneratorWrapper", CASES);
