// The send/throw/close (asend/athrow/aclose) methods and __name__/__qualname__/gi_yieldfrom/cr_await/ag_await of the generator types carry the docs of CPython 3.8 Objects/genobject.c; method descriptors show __doc__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "the methods and attributes of generator, coroutine and async_generator carry genobject.c's docs",
    file: "generator_type_docs.py",
    source: "# the methods and attributes of generator, coroutine and async_generator carry genobject.c's docs\nimport types\nfor t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):\n    for n in ('send', 'throw', 'close', 'asend', 'athrow', 'aclose', '__name__', '__qualname__', 'gi_yieldfrom', 'cr_await', 'ag_await'):\n        if n in t.__dict__:\n            print(t.__name__, n, repr(t.__dict__[n].__doc__))\nprint(types.CoroutineType.send.__doc__ == (lambda: (yield))().send.__doc__)\n",
    stdout: "generator send \"send(arg) -> send 'arg' into generator,\\nreturn next yielded value or raise StopIteration.\"\ngenerator throw 'throw(typ[,val[,tb]]) -> raise exception in generator,\\nreturn next yielded value or raise StopIteration.'\ngenerator close 'close() -> raise GeneratorExit inside generator.'\ngenerator __name__ 'name of the generator'\ngenerator __qualname__ 'qualified name of the generator'\ngenerator gi_yieldfrom 'object being iterated by yield from, or None'\ncoroutine send \"send(arg) -> send 'arg' into coroutine,\\nreturn next iterated value or raise StopIteration.\"\ncoroutine throw 'throw(typ[,val[,tb]]) -> raise exception in coroutine,\\nreturn next iterated value or raise StopIteration.'\ncoroutine close 'close() -> raise GeneratorExit inside coroutine.'\ncoroutine __name__ 'name of the coroutine'\ncoroutine __qualname__ 'qualified name of the coroutine'\ncoroutine cr_await 'object being awaited on, or None'\nasync_generator asend \"asend(v) -> send 'v' in generator.\"\nasync_generator athrow 'athrow(typ[,val[,tb]]) -> raise exception in generator.'\nasync_generator aclose 'aclose() -> raise GeneratorExit inside generator.'\nasync_generator __name__ 'name of the async generator'\nasync_generator __qualname__ 'qualified name of the async generator'\nasync_generator ag_await 'object being awaited on, or None'\nFalse\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("generator type docs", CASES);
