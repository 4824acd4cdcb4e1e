// A program's own modules found as CPython's PathFinder finds them: sys.path entries, a package's __path__, namespace packages; relative imports, circular imports, failing imports; submodules bound on their package when loaded, and sys.modules order. Expected output recorded from CPython 3.8.18 (`PYTHONHASHSEED=0 python3.8 main.py` in the case's folder,
// copied to /tmp/corosim-import-cases), addresses as 0x?.
import { describeImportCases, type ImportCase } from '../support/import-cases.ts';

const CASES: readonly ImportCase[] = [
  {
    name: "namespace packages: a folder without __init__.py, its portions along sys.path, and its repr",
    root: "/tmp/corosim-import-cases/ns1",
    files: {
      "main.py": "# namespace packages: a folder without __init__.py, its portions along sys.path, and its repr\nimport sys\nsys.path.append(sys.path[0] + '/extra')\nimport a\nprint(a, list(a.__path__) == [sys.path[0] + '/a', sys.path[0] + '/extra/a'], a.__file__, a.__package__, a.__doc__)\nprint(list(vars(a)))\nimport a.b.mod, a.c.mod2\nprint(a.b, a.b.mod, a.c.mod2.__name__, a.b.mod.__package__)\nfrom a.b import mod\nprint(mod is a.b.mod)\ntry:\n    import a.nothere\nexcept ImportError as e:\n    print(type(e).__name__, e, e.name)\nsys.path.insert(0, sys.path[0] + '/sub')\nimport only_in_sub\nprint(only_in_sub.__name__, only_in_sub.__file__.endswith('/sub/only_in_sub.py'))\nsys.path.append(123)\nimport a.b.mod as again\nprint(again is mod)\n",
      "a/b/mod.py": "print(\"loading\", __name__)\n",
      "extra/a/c/mod2.py": "print(\"loading\", __name__)\n",
      "sub/only_in_sub.py": "x = 1\n",
    },
    stdout: "<module 'a' (namespace)> True None a None\n['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__path__']\nloading a.b.mod\nloading a.c.mod2\n<module 'a.b' (namespace)> <module 'a.b.mod' from '/tmp/corosim-import-cases/ns1/a/b/mod.py'> a.c.mod2 a.b\nTrue\nModuleNotFoundError No module named 'a.nothere' a.nothere\nonly_in_sub True\nTrue\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "relative imports: levels, beyond the top-level package, from __main__, and what resolve_name checks",
    root: "/tmp/corosim-import-cases/rel",
    files: {
      "main.py": "# relative imports: levels, beyond the top-level package, from __main__, and what resolve_name checks\nimport warnings\nwarnings.simplefilter('always')\nimport pkg.sub.deep\nprint(pkg.sub.deep.results)\nfor ns in (dict(__package__=object()), dict(__name__='a.b'), {}, dict(__spec__=3), dict(__package__='', __name__='x'),\n           dict(__package__='pkg', __name__='pkg.mod'), dict(__package__=None, __name__='pkg', __path__=[])):\n    try:\n        exec('from . import helper', ns)\n        print('ok', ns['helper'].__name__)\n    except Exception as e:\n        print(type(e).__name__, e)\ntry:\n    exec('from ... import x', dict(__package__='pkg'))\nexcept Exception as e:\n    print(type(e).__name__, e)\ntry:\n    from . import foo\nexcept Exception as e:\n    print(type(e).__name__, e)\ntry:\n    from .pkg import helper\nexcept Exception as e:\n    print(type(e).__name__, e)\nimport pkg2.user\n",
      "pkg/__init__.py": "from . import helper\nfrom .helper import value as v\nprint('pkg init', helper.__name__, v, __package__)\n",
      "pkg/helper.py": "value = 42\n",
      "pkg/sub/__init__.py": "\n",
      "pkg/sub/deep.py": "from .. import helper\nfrom ..helper import value\nfrom . import __name__ as subname\nfrom ..helper import value as h2v\nh2 = helper\nresults = [helper.__name__, value, subname, h2 is helper, __package__]\ntry:\n    from .... import x\nexcept Exception as e:\n    results.append((type(e).__name__, str(e)))\ntry:\n    from .missing import x\nexcept Exception as e:\n    results.append((type(e).__name__, str(e), e.name))\ntry:\n    from .. import missing2\nexcept Exception as e:\n    results.append((type(e).__name__, str(e), e.name))\n",
      "pkg2/user.py": "from . import helper\n",
    },
    stdout: "pkg init pkg.helper 42 pkg\n['pkg.helper', 42, 'pkg.sub', True, 'pkg.sub', ('ValueError', 'attempted relative import beyond top-level package'), ('ModuleNotFoundError', \"No module named 'pkg.sub.missing'\", 'pkg.sub.missing'), ('ImportError', \"cannot import name 'missing2' from 'pkg' (/tmp/corosim-import-cases/rel/pkg/__init__.py)\", 'pkg')]\nTypeError package must be a string\nModuleNotFoundError No module named 'a'\nKeyError \"'__name__' not in globals\"\nAttributeError 'int' object has no attribute 'parent'\nImportError attempted relative import with no known parent package\nok pkg.helper\nok pkg.helper\nValueError attempted relative import beyond top-level package\nImportError attempted relative import with no known parent package\nImportError attempted relative import with no known parent package\n",
    stderr: "<string>:1: ImportWarning: can't resolve package from __spec__ or __package__, falling back on __name__ and __path__\n<string>:1: ImportWarning: can't resolve package from __spec__ or __package__, falling back on __name__ and __path__\n<string>:1: ImportWarning: can't resolve package from __spec__ or __package__, falling back on __name__ and __path__\nmain.py:18: ImportWarning: can't resolve package from __spec__ or __package__, falling back on __name__ and __path__\n  from . import foo\nmain.py:22: ImportWarning: can't resolve package from __spec__ or __package__, falling back on __name__ and __path__\n  from .pkg import helper\nTraceback (most recent call last):\n  File \"main.py\", line 25, in <module>\n    import pkg2.user\n  File \"/tmp/corosim-import-cases/rel/pkg2/user.py\", line 1, in <module>\n    from . import helper\nImportError: cannot import name 'helper' from 'pkg2' (unknown location)\n",
    exit: 1,
  },
  {
    name: "circular imports: a partially initialized module's missing attribute and from-import, and a failing import leaving sys.modules",
    root: "/tmp/corosim-import-cases/circ",
    files: {
      "broken.py": "x = 1\ndef f():\n    return 1/0\nf()\n",
      "cyc_a.py": "import cyc_b\nvalue = 1\n",
      "cyc_b.py": "import cyc_a\nprint(cyc_a.value)\n",
      "from_a.py": "from from_b import x\ny = 1\n",
      "from_b.py": "from from_a import y\nx = 1\n",
      "main.py": "# circular imports: a partially initialized module's missing attribute and from-import, and a failing import leaving sys.modules\nimport sys\ntry:\n    import cyc_a\nexcept AttributeError as e:\n    print('AttributeError', e)\nprint('cyc_a' in sys.modules, 'cyc_b' in sys.modules)\ntry:\n    import from_a\nexcept ImportError as e:\n    print('ImportError', e, e.name)\nprint(sorted(k for k in sys.modules if k.startswith('from_')))\nimport ok_a\nprint(ok_a.b.a is ok_a, ok_a.done, ok_a.b.seen)\nfor i in range(2):\n    try:\n        import broken\n    except ZeroDivisionError as e:\n        print('ZeroDivisionError', 'broken' in sys.modules)\nimport selfreplace\nprint(selfreplace)\nimport usegetattr\nprint(usegetattr.anything)\ntry:\n    usegetattr.boom\nexcept AttributeError as e:\n    print(e)\nimport broken\n",
      "ok_a.py": "import ok_b as b\ndone = True\n",
      "ok_b.py": "import ok_a as a\nseen = hasattr(a, 'done')\n",
      "selfreplace.py": "import sys\nsys.modules[__name__] = 'replaced'\n",
      "usegetattr.py": "def __getattr__(name):\n    if name == 'boom':\n        raise AttributeError('custom boom')\n    return name.upper()\n",
    },
    stdout: "AttributeError partially initialized module 'cyc_a' has no attribute 'value' (most likely due to a circular import)\nFalse False\nImportError cannot import name 'y' from partially initialized module 'from_a' (most likely due to a circular import) (/tmp/corosim-import-cases/circ/from_a.py) from_a\n[]\nTrue True False\nZeroDivisionError False\nZeroDivisionError False\nreplaced\nANYTHING\ncustom boom\n",
    stderr: "Traceback (most recent call last):\n  File \"main.py\", line 28, in <module>\n    import broken\n  File \"/tmp/corosim-import-cases/circ/broken.py\", line 4, in <module>\n    f()\n  File \"/tmp/corosim-import-cases/circ/broken.py\", line 3, in f\n    return 1/0\nZeroDivisionError: division by zero\n",
    exit: 1,
  },
  {
    name: "a package extending its own __path__, from-import-star with __all__ naming submodules, and __import__'s arguments",
    root: "/tmp/corosim-import-cases/pth",
    files: {
      "bad_syntax.py": "x = 1\ndef f(:\n    pass\n",
      "main.py": "# a package extending its own __path__, from-import-star with __all__ naming submodules, and __import__'s arguments\nimport pkg\nprint(pkg.__path__[1:], pkg.extra.__name__, pkg.extra.__file__.split('/')[-2:])\nfrom pkg import *\nprint(sorted(n for n in dir() if not n.startswith('__')))\nm = __import__('pkg.inner', fromlist=['x'])\nprint(m.__name__)\ntop = __import__('pkg.inner')\nprint(top.__name__)\nprint(__import__('pkg', globals(), None, ['inner2'], 0).inner2.__name__)\ntry:\n    __import__('pkg', fromlist=[1])\nexcept TypeError as e:\n    print(e)\ntry:\n    __import__('pkg', fromlist=['*'])\n    print('star ok')\nexcept TypeError as e:\n    print(e)\ntry:\n    import bad_syntax\nexcept SyntaxError as e:\n    print(type(e).__name__, e.filename.split('/')[-1], e.lineno, e.offset, repr(e.text), e.msg)\nimport sys\nprint(sys.modules['pkg.inner'] is pkg.inner)\ndel sys.modules['pkg.inner']\nimport pkg.inner as again\nprint(again is pkg.inner)\nimport bad_syntax\n",
      "other/extra.py": "print(\"extra\", __name__)\n",
      "pkg/__init__.py": "__path__.append(__path__[0].rsplit('/', 1)[0] + '/other')\n__all__ = ['inner', 'extra', 'missing_ok']\nfrom . import extra\ndef __getattr__(name):\n    if name == 'missing_ok':\n        return 'made'\n    raise AttributeError(name)\n",
      "pkg/inner.py": "print(\"inner\", __name__)\n",
      "pkg/inner2.py": "print(\"inner2\", __name__)\n",
    },
    stdout: "extra pkg.extra\n['/tmp/corosim-import-cases/pth/other'] pkg.extra ['other', 'extra.py']\ninner pkg.inner\n['extra', 'inner', 'missing_ok', 'pkg']\npkg.inner\npkg\ninner2 pkg.inner2\npkg.inner2\nItem in ``from list'' must be str, not int\nstar ok\nSyntaxError bad_syntax.py 2 7 'def f(:\\n' invalid syntax\nTrue\ninner pkg.inner\nTrue\n",
    stderr: "Traceback (most recent call last):\n  File \"main.py\", line 29, in <module>\n    import bad_syntax\n  File \"/tmp/corosim-import-cases/pth/bad_syntax.py\", line 2\n    def f(:\n          ^\nSyntaxError: invalid syntax\n",
    exit: 1,
  },
  {
    name: "binding submodules on their package: attributes set before and after, import-as chains, sys.modules replacements",
    root: "/tmp/corosim-import-cases/bind",
    files: {
      "main.py": "# binding submodules on their package: attributes set before and after, import-as chains, sys.modules replacements\nimport sys\nimport pkg.sub\nprint(pkg.sub, pkg.before)\nimport pkg.sub as s\nprint(s)\npkg.sub = 'overwritten'\nimport pkg.sub as s2\nprint(s2)\nimport pkg.sub\nprint(pkg.sub)\nsys.modules['pkg.fake'] = 'fake module'\nimport pkg.fake as f\nprint(f)\ntry:\n    import pkg.fake2\nexcept ImportError as e:\n    print(e)\nimport pk2.child\nprint(pk2.child, getattr(pk2, 'child', None))\nimport pk2\nprint(sorted(n for n in vars(pk2) if not n.startswith('__')))\ndel sys.modules['pkg.sub']\nimport pkg.sub as s3\nprint(s3 is s, s3)\nprint([k for k in sys.modules if k.startswith(('pkg', 'pk2', 'order'))])\nimport order_a\nprint([k for k in sys.modules if k.startswith('order')])\nsys.modules['nonmod'] = 5\ntry:\n    import nonmod.x\nexcept ImportError as e:\n    print(type(e).__name__, e)\nsys.modules['nonepar'] = None\ntry:\n    import nonepar.x\nexcept ImportError as e:\n    print(type(e).__name__, e)\nimport pkg.sub, pkg\npkg.__path__ = 7\ntry:\n    import pkg.other\nexcept Exception as e:\n    print(type(e).__name__, e)\ndef imp():\n    import pkg.sub.x as deep\ntry:\n    imp()\nexcept Exception as e:\n    print(type(e).__name__, e)\n",
      "order_a.py": "import order_b\nimport order_c\n",
      "order_b.py": "import order_c\n",
      "order_c.py": "\n",
      "pk2/__init__.py": "\n",
      "pk2/child.py": "import sys\nsys.modules['pk2.child'] = 'replaced child'\n",
      "pkg/__init__.py": "before = 1\n",
      "pkg/sub.py": "import sys\nprint('sub running', 'pkg.sub' in sys.modules, hasattr(sys.modules['pkg'], 'sub'))\n",
    },
    stdout: "sub running True False\n<module 'pkg.sub' from '/tmp/corosim-import-cases/bind/pkg/sub.py'> 1\n<module 'pkg.sub' from '/tmp/corosim-import-cases/bind/pkg/sub.py'>\noverwritten\noverwritten\nfake module\nNo module named 'pkg.fake2'\nreplaced child replaced child\n['child']\nsub running True True\nFalse <module 'pkg.sub' from '/tmp/corosim-import-cases/bind/pkg/sub.py'>\n['pkg', 'pkg.fake', 'pk2', 'pk2.child', 'pkg.sub']\n['order_c', 'order_b', 'order_a']\nModuleNotFoundError No module named 'nonmod.x'; 'nonmod' is not a package\nModuleNotFoundError No module named 'nonepar.x'; 'nonepar' is not a package\nTypeError 'int' object is not iterable\nModuleNotFoundError No module named 'pkg.sub.x'; 'pkg.sub' is not a package\n",
    stderr: "",
    exit: 0,
  },
];

describeImportCases("imports along sys.path and __path__", CASES);
