// types.coroutine wraps a generator-like object in types._GeneratorWrapper, a class keeping its state in the instance __dict__ as Lib/types.py does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "types.coroutine on a callable returning a generator-like object: the _GeneratorWrapper class",
    file: "gen_wrapper.py",
    source: "# types.coroutine on a callable returning a generator-like object: the _GeneratorWrapper class\nimport types, sys\n\nclass GenLike:\n    def __init__(self, items): self.it = iter(items)\n    def __iter__(self): return self\n    def __next__(self): return next(self.it)\n    def send(self, v): return next(self.it)\n    def throw(self, *a): raise a[0]\n    def close(self): print('GenLike.close')\n\n@types.coroutine\ndef make(items):\n    return GenLike(items)\n\nw = make([1, 2])\nprint(type(w), type(w).__module__, type(w).__qualname__)\nprint(repr(w).split(' at ')[0])\nprint(sorted(k.replace('_GeneratorWrapper', '_GW') for k in vars(w)))\nprint(w.__name__, w.__qualname__)\nprint(w.__await__() is w, iter(w) is w, next(w), w.send(None))\ntry:\n    w.send(None)\nexcept StopIteration as e:\n    print('StopIteration', e.args)\nw.close()\ntry:\n    w.throw(KeyError, 'k')\nexcept KeyError as e:\n    print('KeyError', e)\ntry:\n    w.throw()\nexcept TypeError as e:\n    print('TypeError', e)\nprint(sorted(n for n in vars(types._GeneratorWrapper) if not n.startswith('__') or n in ('__iter__', '__next__', '__await__', '__init__')))\ndef g():\n    yield 'x'\n@types.coroutine\ndef wrap_gen():\n    return g()\nwg = wrap_gen()\nprint(type(wg).__name__)\nasync def main():\n    return await wrap_gen()\nc = main()\nprint(c.send(None))\ntry:\n    c.send(5)\nexcept StopIteration as e:\n    print('done', e.value)\nclass Bare: pass\nb = types._GeneratorWrapper.__new__(types._GeneratorWrapper)\ntry:\n    b.send(1)\nexcept AttributeError as e:\n    print('AttributeError', e)\nx = types._GeneratorWrapper(GenLike([]))\nprint(x.__name__, sys.getrefcount(x))\ndel x\nprint(types._GeneratorWrapper.__doc__, types._GeneratorWrapper.__bases__)\n",
    stdout: "<class 'types._GeneratorWrapper'> types _GeneratorWrapper\n<types._GeneratorWrapper object\n['_GW__isgen', '_GW__wrapped', '__name__', '__qualname__']\nNone None\nTrue True 1 2\nStopIteration ()\nGenLike.close\nKeyError \nTypeError throw() missing 1 required positional argument: 'tp'\n['__await__', '__init__', '__iter__', '__next__', 'close', 'cr_await', 'cr_code', 'cr_frame', 'cr_running', 'gi_code', 'gi_frame', 'gi_running', 'gi_yieldfrom', 'send', 'throw']\n_GeneratorWrapper\nx\ndone None\nAttributeError '_GeneratorWrapper' object has no attribute '_GeneratorWrapper__wrapped'\nNone 2\nNone (<class 'object'>,)\n",
    stderr: "",
    exit: 0,
  },
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
