// Which attributes of built-in types are member descriptors, getset descriptors, slot wrappers or None, as CPython 3.8's type dicts have them (test_descr, test_slice, test_range). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "slice, range, staticmethod, classmethod and method expose READONLY members, bytearray.__hash__ is None, tuple.__getitem__ is a slot wrapper",
    file: "builtin_members.py",
    source: "# slice, range, staticmethod, classmethod and method expose READONLY members, bytearray.__hash__ is None, tuple.__getitem__ is a slot wrapper\ndef t(label, f):\n    try:\n        r = f()\n        print(label, '->', repr(r))\n    except BaseException as e:\n        print(label, '!!', type(e).__name__, e)\nclass C:\n    def m(self): pass\nt('slice', lambda: setattr(slice(1), 'start', 2))\nt('range', lambda: setattr(range(1), 'start', 2))\nt('range2', lambda: delattr(range(1), 'stop'))\nt('sm', lambda: setattr(staticmethod(len), '__func__', 2))\nt('cm', lambda: setattr(classmethod(len), '__func__', 2))\nt('meth', lambda: setattr(C().m, '__func__', 2))\nt('meth2', lambda: setattr(C().m, '__self__', 2))\nt('meth3', lambda: setattr(C().m, '__name__', 2))\nt('hash', lambda: hash(bytearray()))\nt('hash2', lambda: bytearray.__hash__)\nt('tgi', lambda: ().__getitem__(0))\nt('tgi2', lambda: (1,).__getitem__(0))\nt('tgi3', lambda: (1,).__getitem__(slice(0, 1)))\nt('tgi4', lambda: tuple.__getitem__)\nt('sdoc', lambda: slice.start.__doc__)\nt('rdoc', lambda: range.start.__doc__)\nt('mdoc', lambda: type(C().m).__func__.__doc__)\nt('smdoc', lambda: staticmethod.__func__.__doc__)\nt('objname', lambda: slice.start.__objclass__)\n",
    stdout: "slice !! AttributeError readonly attribute\nrange !! AttributeError readonly attribute\nrange2 !! AttributeError readonly attribute\nsm !! AttributeError readonly attribute\ncm !! AttributeError readonly attribute\nmeth !! AttributeError readonly attribute\nmeth2 !! AttributeError readonly attribute\nmeth3 !! AttributeError 'method' object has no attribute '__name__'\nhash !! TypeError unhashable type: 'bytearray'\nhash2 -> None\ntgi !! IndexError tuple index out of range\ntgi2 -> 1\ntgi3 -> (1,)\ntgi4 -> <slot wrapper '__getitem__' of 'tuple' objects>\nsdoc -> None\nrdoc -> None\nmdoc -> 'the function (or other callable) implementing a method'\nsmdoc -> None\nobjname -> <class 'slice'>\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a bound method's __name__ and __qualname__ come from its function; __func__ and __self__ are documented members",
    file: "method_members.py",
    source: "# a bound method's __name__ and __qualname__ come from its function; __func__ and __self__ are documented members\nclass C:\n    def m(self):\n        \"mdoc\"\n    @classmethod\n    def c(cls): pass\nm = C().m\nprint(m.__name__, m.__qualname__, m.__doc__, m.__func__ is C.m, m.__self__.__class__.__name__)\nprint(C.c.__name__, C.c.__qualname__)\nprint(sorted(k for k in dir(m) if not k.startswith('__')) )\nprint('__name__' in dir(m), '__func__' in dir(m))\nm.__func__.attr = 5\nprint(m.attr)\ntry:\n    m.attr = 6\nexcept AttributeError as e:\n    print(e)\nprint(type(m).__dict__['__func__'].__doc__, type(m).__dict__['__self__'].__doc__)\nprint(type(m).__dict__['__func__'].__get__(m))\nprint(staticmethod.__dict__['__func__'].__get__(staticmethod(len)))\ntry:\n    type(m).__dict__['__func__'].__get__(1)\nexcept TypeError as e:\n    print(e)\ns = slice(1, 2)\nprint(s.start, s.stop, s.step, range(3).stop, range(1, 3, 2).step)\nprint(hash((1,).__getitem__(0)), (1, 2).__getitem__(slice(1, None)))\nprint(bytearray.__hash__, list.__hash__)\nclass BA(bytearray): pass\ntry:\n    hash(BA())\nexcept TypeError as e:\n    print(e)\n",
    stdout: "m C.m mdoc True C\nc C.c\n[]\nFalse True\n5\n'method' object has no attribute 'attr'\nthe function (or other callable) implementing a method the instance to which a method is bound\n<function C.m at 0x?>\n<built-in function len>\ndescriptor '__func__' for 'method' objects doesn't apply to a 'int' object\n1 2 None 3 2\n1 (2,)\nNone None\nunhashable type: 'BA'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("members and slot wrappers of built-in types", CASES, [0, Number.POSITIVE_INFINITY]);
