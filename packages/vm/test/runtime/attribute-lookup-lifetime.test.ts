// Generic getattr, LOAD_METHOD and slot_tp_getattr_hook hold the type attribute they found while Python code runs (test_descr vicious_descriptor_nonsense, test_getattr_hooks). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__getattr__ is looked up and held before __getattribute__ runs, even when that deletes it",
    file: "getattr_hook_held.py",
    source: "# __getattr__ is looked up and held before __getattribute__ runs, even when that deletes it\nimport gc\n\nclass Descriptor(object):\n    counter = 0\n    def __get__(self, obj, objtype=None):\n        def getter(name):\n            self.counter += 1\n            raise AttributeError(name)\n        return getter\n\ndescr = Descriptor()\nclass A(object):\n    __getattribute__ = descr\nclass B(object):\n    __getattr__ = descr\nclass C(object):\n    __getattribute__ = descr\n    __getattr__ = descr\n\nfor cls in A, B, C:\n    try:\n        getattr(cls(), \"attr\")\n    except AttributeError as e:\n        print(cls.__name__, repr(e), descr.counter)\n\nclass EvilGetattribute(object):\n    def __getattr__(self, name):\n        print('__getattr__', name)\n        raise AttributeError(name)\n    def __getattribute__(self, name):\n        del EvilGetattribute.__getattr__\n        gc.collect()\n        raise AttributeError(name)\n\ntry:\n    getattr(EvilGetattribute(), \"attr\")\nexcept AttributeError as e:\n    print(repr(e))\ntry:\n    EvilGetattribute().other\nexcept AttributeError as e:\n    print(repr(e))\n\nclass Plain:\n    def __getattr__(self, name):\n        return 'ga-' + name\np = Plain()\nprint(p.x, getattr(p, 'y'), p.__class__.__name__)\ndel Plain.__getattr__\ntry:\n    p.z\nexcept AttributeError as e:\n    print(repr(e))\nclass OnlyGA:\n    def __getattribute__(self, name):\n        if name == 'x': return 1\n        return object.__getattribute__(self, name)\no = OnlyGA()\nprint(o.x)\ntry:\n    o.y\nexcept AttributeError as e:\n    print(repr(e))\n",
    stdout: "A AttributeError('attr') 1\nB AttributeError('attr') 2\nC AttributeError('attr') 4\n__getattr__ attr\nAttributeError('attr')\nAttributeError('__getattr__')\nga-x ga-y Plain\nAttributeError(\"'Plain' object has no attribute 'z'\")\n1\nAttributeError(\"'OnlyGA' object has no attribute 'y'\")\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a key __eq__ that deletes the class attribute during the instance-dict lookup leaves the descriptor alive until the lookup ends",
    file: "vicious_descriptor.py",
    source: "# a key __eq__ that deletes the class attribute during the instance-dict lookup leaves the descriptor alive until the lookup ends\nclass Evil(object):\n    def __init__(self, cls, name):\n        self.cls, self.name = cls, name\n    def __hash__(self):\n        return hash(self.name)\n    def __eq__(self, other):\n        try:\n            delattr(self.cls, self.name)\n            print('deleted', self.name)\n        except AttributeError:\n            pass\n        return 0\n\nclass Descr(object):\n    def __get__(self, ob, type=None):\n        print('__get__')\n        return 1\n    def __del__(self):\n        print('Descr freed')\n\nclass C(object):\n    attr = Descr()\n\nc = C()\nc.__dict__[Evil(C, 'attr')] = 0\nprint(c.attr)\nprint(hasattr(C, 'attr'))\n\nclass Meth:\n    def __call__(self, *a):\n        return 'called'\n    def __del__(self):\n        print('Meth freed')\n\nclass C2(object):\n    def meth(self):\n        return 'm'\n    plain = Meth()\n\nc2 = C2()\nc2.__dict__[Evil(C2, 'meth')] = 0\nprint(c2.meth())\nc2.__dict__[Evil(C2, 'plain')] = 0\nprint(c2.plain())\nprint(hasattr(C2, 'meth'), hasattr(C2, 'plain'))\n",
    stdout: "deleted attr\n__get__\nDescr freed\n1\nFalse\ndeleted meth\nm\ndeleted plain\nMeth freed\ncalled\nFalse False\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("attribute lookup keeps the type's attribute alive", CASES, [0, Number.POSITIVE_INFINITY]);
