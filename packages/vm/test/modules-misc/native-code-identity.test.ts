// Natively written Python functions keep their code objects and annotations and bind arguments as Python functions. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a method of a native class keeps one __code__ and __defaults__ per run; argument checks bind as the interpreter does",
    file: "native_code_identity.py",
    source: "# a method of a native class keeps one __code__ and __defaults__ per run; argument checks bind as the interpreter does\nimport collections, heapq, functools, types, sys, random, contextlib\nm = collections.Counter.most_common\nprint(m.__code__ is m.__code__, m.__defaults__ is m.__defaults__)\nprint(m.__code__.co_varnames, m.__defaults__, m.__code__.co_argcount)\nprint(sys.getrefcount(m.__code__))\nc = m.__code__\ndel c\nprint(m.__code__.co_name, m.__code__.co_firstlineno)\nprint(heapq.nlargest.__code__ is heapq.nlargest.__code__)\nprint(functools.update_wrapper.__defaults__)\nprint(functools.update_wrapper.__defaults__ is functools.update_wrapper.__defaults__)\nprint(random.Random.randrange.__defaults__, random.Random.randrange.__code__.co_varnames)\nprint(collections.namedtuple.__kwdefaults__)\ntry:\n    collections.Counter.most_common(collections.Counter(), 1, 2)\nexcept TypeError as e:\n    print(e)\ntry:\n    collections.Counter.most_common(collections.Counter(), m=1)\nexcept TypeError as e:\n    print(e)\ntry:\n    collections.namedtuple('A', 'x', 1)\nexcept TypeError as e:\n    print(e)\ntry:\n    collections.namedtuple('A', 'x', rename=1, module=2, defaults=3, x=4)\nexcept TypeError as e:\n    print(e)\ntry:\n    collections.namedtuple('A')\nexcept TypeError as e:\n    print(e)\ntry:\n    heapq.nlargest(1, [], key=None, foo=2)\nexcept TypeError as e:\n    print(e)\ntry:\n    heapq.nlargest(n=1)\nexcept TypeError as e:\n    print(e)\ntry:\n    heapq.nlargest(1, [], 3, 4)\nexcept TypeError as e:\n    print(e)\ntry:\n    functools.reduce\n    functools.update_wrapper(1, 2, 3, 4, 5)\nexcept TypeError as e:\n    print(e)\nimport collections.abc\ntry:\n    collections.abc.MutableMapping.update({}, {}, other=3)\nexcept TypeError as e:\n    print(e)\ntry:\n    collections.abc.MutableMapping.update()\nexcept TypeError as e:\n    print(e)\nprint(collections.abc.MutableMapping.update.__defaults__)\n",
    stdout: "True True\n('self', 'n') (None,) 2\n2\nmost_common 559\nTrue\n(('__module__', '__name__', '__qualname__', '__doc__', '__annotations__'), ('__dict__',))\nTrue\n(None, 1, <class 'int'>) ('self', 'start', 'stop', 'step', '_int', 'istart', 'istop', 'width', 'istep', 'n')\n{'rename': False, 'defaults': None, 'module': None}\nmost_common() takes from 1 to 2 positional arguments but 3 were given\nmost_common() got an unexpected keyword argument 'm'\nnamedtuple() takes 2 positional arguments but 3 were given\nnamedtuple() got an unexpected keyword argument 'x'\nnamedtuple() missing 1 required positional argument: 'field_names'\nnlargest() got an unexpected keyword argument 'foo'\nnlargest() missing 1 required positional argument: 'iterable'\nnlargest() takes from 2 to 3 positional arguments but 4 were given\nupdate_wrapper() takes from 2 to 4 positional arguments but 5 were given\nupdate() missing 1 required positional argument: 'self'\n((),)\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a method of a native class keeps one __annotations__ dict per run, assignable as a function's",
    file: "native_annotations.py",
    source: "# a method of a native class keeps one __annotations__ dict per run, assignable as a function's\nimport collections, random\nm = collections.Counter.most_common\na = m.__annotations__\nprint(a, a is m.__annotations__)\na['x'] = int\nprint(m.__annotations__)\nm.__annotations__ = {'n': int}\nprint(m.__annotations__, m.__annotations__ is m.__annotations__)\nm.__annotations__ = None\nprint(m.__annotations__)\ntry:\n    m.__annotations__ = 3\nexcept TypeError as e:\n    print(e)\nr = random.Random.randrange\nprint(r.__annotations__ is r.__annotations__)\n",
    stdout: "{} True\n{'x': <class 'int'>}\n{'n': <class 'int'>} True\n{}\n__annotations__ must be set to a dict object\nTrue\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("native function code objects", CASES);
