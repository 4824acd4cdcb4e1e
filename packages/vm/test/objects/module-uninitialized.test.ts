// A module made by ModuleType.__new__ alone: __dict__ None until __init__ or the first attribute assignment makes one. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "an uninitialized module (ModuleType.__new__) has __dict__ None, and dir() of it raises SystemError",
    file: "module_new_uninitialized.py",
    source: "# an uninitialized module (ModuleType.__new__) has __dict__ None, and dir() of it raises SystemError\nfrom types import ModuleType\nfoo = ModuleType.__new__(ModuleType)\nprint(foo.__dict__)\ntry:\n    dir(foo)\nexcept Exception as e:\n    print(type(e).__name__, e)\nfor name in ('__name__', 'not_here', '__doc__', '__class__'):\n    try:\n        print(name, getattr(foo, name))\n    except Exception as e:\n        print(type(e).__name__, e)\nprint(foo.__doc__ == ModuleType.__doc__)\ntry:\n    print(repr(foo))\nexcept Exception as e:\n    print(type(e).__name__, e)\nfoo.x = 1\nprint(foo.__dict__, foo.x)\nclass M(ModuleType):\n    pass\nm = M.__new__(M)\nprint(m.__dict__)\nm.y = 2\nprint(m.__dict__, repr(m))\nModuleType.__init__(m, 'mm', 'doc')\nprint(sorted(m.__dict__), m.y, repr(m))\nu = ModuleType.__new__(ModuleType)\nobject.__setattr__(u, 'z', 3)\nprint(u.__dict__)\nu2 = ModuleType.__new__(ModuleType)\ntry:\n    del u2.q\nexcept Exception as e:\n    print(type(e).__name__, e)\nimport sys\nsys.modules['uninit_mod'] = ModuleType.__new__(ModuleType)\nimport uninit_mod\nprint(uninit_mod.__dict__)\ntry:\n    from uninit_mod import zz\nexcept Exception as e:\n    print(type(e).__name__, e)\ndel sys.modules['uninit_mod']\n",
    stdout: "None\nSystemError nameless module\nAttributeError module has no attribute '__name__'\nAttributeError module has no attribute 'not_here'\n__doc__ Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.\n__class__ <class 'module'>\nTrue\n<module '?'>\n{'x': 1} 1\nNone\n{'y': 2} <module '?'>\n['__doc__', '__loader__', '__name__', '__package__', '__spec__', 'y'] 2 <module 'mm'>\n{'z': 3}\nAttributeError q\nNone\nImportError cannot import name 'zz' from '<unknown module name>' (unknown location)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("uninitialized modules", CASES);
