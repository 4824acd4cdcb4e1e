// A frame's builtins are whatever the globals' __builtins__ names (looked up by subscription when not a dict, made up holding None when missing); LOAD_GLOBAL subscripts globals that are not exact dicts; IMPORT_NAME calls a replaced __import__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a frame whose globals have no __builtins__ gets builtins holding only None",
    file: "builtins_made_up.py",
    source: "# a frame whose globals have no __builtins__ gets builtins holding only None\nimport types\ndef f():\n    return len\ndef g():\n    return None\ndef h():\n    return True\ntry:\n    print(types.FunctionType(f.__code__, {})())\nexcept NameError as e:\n    print(e)\nprint(types.FunctionType(g.__code__, {})(), types.FunctionType(h.__code__, {})())\ndef k():\n    import sys\ntry:\n    types.FunctionType(k.__code__, {})()\nexcept ImportError as e:\n    print(type(e).__name__, e)\n",
    stdout: "name 'len' is not defined\nNone True\nImportError __import__ not found\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a __builtins__ that is not a dict is the frame's builtins: names are looked up in it by subscription",
    file: "builtins_not_a_dict.py",
    source: "# a __builtins__ that is not a dict is the frame's builtins: names are looked up in it by subscription\ncode = compile(\"print('Hello World!')\", \"\", \"exec\")\nfor b in (123, None, [], \"x\"):\n    try:\n        exec(code, {'__builtins__': b})\n    except Exception as e:\n        print(type(e).__name__, e)\nimport builtins\nclass Builtins:\n    def __getitem__(self, k):\n        print('getitem', k)\n        if k == 'zz':\n            raise KeyError(k)\n        if k == 'boom':\n            raise ValueError('boom')\n        return builtins.__dict__[k]\ng = {'__builtins__': Builtins()}\nexec(\"class A: pass\\nprint(A.__name__)\", g)\nfor src in (\"zz\", \"boom\"):\n    try:\n        exec(src, g)\n    except Exception as e:\n        print(type(e).__name__, e)\ndef lookups():\n    out = []\n    for name in ('zz', 'boom'):\n        try:\n            out.append(eval(name))\n        except Exception as e:\n            out.append(type(e).__name__)\n    for i in (1, 2, 3):\n        try:\n            zz\n        except NameError as e:\n            out.append(str(e))\n    return out\nimport types\nprint(types.FunctionType(lookups.__code__, {'__builtins__': Builtins()})())\ntry:\n    exec(\"class A: pass\", {'__builtins__': {'x': 1}})\nexcept NameError as e:\n    print(e)\nclass NoClass:\n    def __getitem__(self, k):\n        raise KeyError(k)\ntry:\n    exec(\"class A: pass\", {'__builtins__': NoClass()})\nexcept NameError as e:\n    print(e)\n",
    stdout: "TypeError 'int' object is not subscriptable\nTypeError 'NoneType' object is not subscriptable\nTypeError list indices must be integers or slices, not str\nTypeError string indices must be integers\ngetitem __build_class__\ngetitem __name__\ngetitem print\nA\ngetitem zz\nNameError name 'zz' is not defined\ngetitem boom\nValueError boom\ngetitem eval\ngetitem zz\ngetitem Exception\ngetitem type\ngetitem eval\ngetitem boom\ngetitem Exception\ngetitem type\ngetitem zz\ngetitem NameError\ngetitem str\ngetitem zz\ngetitem NameError\ngetitem str\ngetitem zz\ngetitem NameError\ngetitem str\n['NameError', 'ValueError', \"name 'zz' is not defined\", \"name 'zz' is not defined\", \"name 'zz' is not defined\"]\n__build_class__ not found\n__build_class__ not found\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "LOAD_GLOBAL looks in a dict subclass of globals by subscription (its __missing__), LOAD_NAME does not",
    file: "globals_mapping.py",
    source: "# LOAD_GLOBAL looks in a dict subclass of globals by subscription (its __missing__), LOAD_NAME does not\nimport builtins, types\nclass Missing(dict):\n    def __missing__(self, k):\n        return 'missing:' + k\ng = Missing(__builtins__=builtins.__dict__)\nl = {}\nexec(\"def f():\\n    return zz, len\\nx = 0\\ntry:\\n    y = zz\\nexcept NameError as e:\\n    y = str(e)\\n\", g, l)\nprint(l['f'](), l['y'])\ndef loop():\n    return [(zz, len) for i in (1, 2)]\nprint(types.FunctionType(loop.__code__, g)())\n",
    stdout: "('missing:zz', 'missing:len') name 'zz' is not defined\n[('missing:zz', 'missing:len'), ('missing:zz', 'missing:len')]\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "IMPORT_NAME calls the builtins' __import__ when it was replaced, with the frame's globals, locals, fromlist and level",
    file: "import_hook.py",
    source: "# IMPORT_NAME calls the builtins' __import__ when it was replaced, with the frame's globals, locals, fromlist and level\nimport builtins\norig = builtins.__import__\ndef hook(name, globals=None, locals=None, fromlist=(), level=0):\n    print('import', name, type(globals).__name__, type(locals).__name__, fromlist, level)\n    return orig(name, globals, locals, fromlist, level)\nbuiltins.__import__ = hook\nimport sys\nfrom sys import path\nimport gc as g2\ndef f():\n    import math\n    return math.floor(2.5)\nprint(f())\nbuiltins.__import__ = orig\ndel builtins.__import__\ntry:\n    import sys\nexcept ImportError as e:\n    print(type(e).__name__, e, e.name, e.path)\nbuiltins.__import__ = orig\ng = {'__builtins__': {'__import__': lambda *a: a[0] + '!'}}\nexec(\"import x\\nimport a.b\\nr = x, a\", g)\nprint(g['r'])\ntry:\n    exec(\"import a.b.c as d\", g)\nexcept ImportError as e:\n    print(type(e).__name__, e)\nclass Builtins:\n    def __getitem__(self, k):\n        return builtins.__dict__[k]\ntry:\n    exec(\"import sys\", {'__builtins__': Builtins()})\nexcept SystemError as e:\n    print(type(e).__name__, e)\n",
    stdout: "import sys dict dict None 0\nimport sys dict dict ('path',) 0\nimport gc dict dict None 0\nimport math dict NoneType None 0\n2\nImportError __import__ not found None None\n('x!', 'a.b!')\nImportError cannot import name 'b' from '<unknown module name>' (unknown location)\nSystemError Objects/dictobject.c:1438: bad argument to internal function\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("the frame's builtins and globals as mappings, and a replaced __import__", CASES, [undefined, 0]);
