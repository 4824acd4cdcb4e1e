// types.coroutine's wrapper of a returned generator, reachable as types._GeneratorWrapper. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "types.coroutine around a function returning a generator: the types._GeneratorWrapper it gives back",
    file: "generator_wrapper.py",
    source: "# types.coroutine around a function returning a generator: the types._GeneratorWrapper it gives back\nimport types\ndef gen_func():\n    yield 1\n    return (yield 2)\ngen = gen_func()\n@types.coroutine\ndef foo():\n    return gen\nw = foo()\nprint(types._GeneratorWrapper, isinstance(w, types._GeneratorWrapper), type(w).__name__)\nprint(w.__await__() is gen, iter(w) is gen)\nfor name in ('__name__', '__qualname__', 'gi_code', 'gi_running', 'gi_frame'):\n    print(name, getattr(w, name) is getattr(gen, name))\nprint(w.cr_code is gen.gi_code, next(w), w.send(None))\ntry:\n    w.send('spam')\nexcept StopIteration as e:\n    print('stop', e.value)\nasync def user():\n    return await foo()\ngen = gen_func()\nc = user()\nprint(c.send(None), c.send(None))\ntry:\n    c.send('ham')\nexcept StopIteration as e:\n    print('awaited', e.value)\n",
    stdout: "<class 'types._GeneratorWrapper'> True _GeneratorWrapper\nTrue True\n__name__ True\n__qualname__ True\ngi_code True\ngi_running True\ngi_frame True\nTrue 1 2\nstop spam\n1 2\nawaited ham\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("types._GeneratorWrapper", CASES);
