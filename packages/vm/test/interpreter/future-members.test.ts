// The __future__ module, member descriptors of generators/coroutines/async generators, and YIELD_FROM's send lookup. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__future__ imports at run time, generator members are member descriptors, yield from sends through getattr",
    file: "future_members.py",
    source: "# __future__ imports at run time, generator members are member descriptors, yield from sends through getattr\nfrom __future__ import annotations, generator_stop\nimport __future__ as f\nprint(f.all_feature_names)\nprint(f.annotations, f.annotations.getMandatoryRelease(), f.CO_FUTURE_ANNOTATIONS)\ndef g(x: int) -> str: pass\nprint(g.__annotations__)\nimport types\ndef gen(): yield 1\nprint(type(gen()).gi_frame, types.CoroutineType.cr_origin, type(gen()).gi_yieldfrom)\ntry: gen().gi_frame = 1\nexcept AttributeError as e: print(e)\nclass It:\n    def __init__(self): self.send = lambda v: 'sent %s' % v\n    def __iter__(self): return self\n    def __next__(self): return 1\ndef d(): yield from It()\nit = d(); next(it); print(it.send('x'))\nclass It2:\n    def __iter__(self): return self\n    def __next__(self): return 1\ndef d2(): yield from It2()\nit = d2(); next(it)\ntry: it.send('x')\nexcept AttributeError as e: print(e)\n",
    stdout: "['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']\n_Feature((3, 7, 0, 'beta', 1), (3, 10, 0, 'alpha', 0), 16777216) (3, 10, 0, 'alpha', 0) 16777216\n{'x': 'int', 'return': 'str'}\n<member 'gi_frame' of 'generator' objects> <member 'cr_origin' of 'coroutine' objects> <attribute 'gi_yieldfrom' of 'generator' objects>\nreadonly attribute\nsent x\n'It2' object has no attribute 'send'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("__future__, generator members and yield from", CASES);
