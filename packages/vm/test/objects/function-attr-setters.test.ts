// The messages of the __annotations__ and __dict__ setters of functions and lru_cache wrappers. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "function __annotations__ must be a dict; function and lru_cache __dict__ use the generic setter messages",
    file: "excls_08.py",
    source: "# function __annotations__ must be a dict; function and lru_cache __dict__ use the generic setter messages\nimport functools\ndef show(f):\n    try:\n        print('ok', repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\n\ndef fn(a: int) -> str:\n    pass\nshow(lambda: setattr(fn, '__annotations__', 1))\nshow(lambda: setattr(fn, '__annotations__', [('a', int)]))\nfn.__annotations__ = None\nprint(fn.__annotations__)\nfn.__annotations__ = {'x': 1}\nprint(fn.__annotations__)\ndel fn.__annotations__\nprint(fn.__annotations__)\nshow(lambda: setattr(fn, '__dict__', 1))\nshow(lambda: setattr(fn, '__dict__', None))\nshow(lambda: delattr(fn, '__dict__'))\nfn.__dict__ = {'k': 2}\nprint(fn.k)\nc = functools.lru_cache()(fn)\nshow(lambda: setattr(c, '__dict__', []))\nshow(lambda: delattr(c, '__dict__'))\n",
    stdout: "TypeError __annotations__ must be set to a dict object\nTypeError __annotations__ must be set to a dict object\n{}\n{'x': 1}\n{}\nTypeError __dict__ must be set to a dictionary, not a 'int'\nTypeError __dict__ must be set to a dictionary, not a 'NoneType'\nTypeError cannot delete __dict__\n2\nTypeError __dict__ must be set to a dictionary, not a 'list'\nTypeError cannot delete __dict__\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("function attribute setters", CASES);
