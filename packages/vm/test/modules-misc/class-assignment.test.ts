// __class__ assignment layout checks (compatible_for_assignment), best_base, and the hackcheck of object.__setattr__/__delattr__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__class__ assignment checks the two layouts the way compatible_for_assignment does",
    file: "class_assignment_layout.py",
    source: "# __class__ assignment checks the two layouts the way compatible_for_assignment does\nimport types\nclass A: pass\nclass B: pass\nclass Sl: __slots__ = ()\nclass S1: __slots__ = ('x',)\nclass S2: __slots__ = ('x',)\nclass S3: __slots__ = ('y',)\nclass SD: __slots__ = ('x', '__dict__')\nclass SubA(A): pass\nclass SubA2(A): __slots__ = ()\nclass SubA3(A): __slots__ = ('z',)\nclass I1(int): pass\nclass I2(int): pass\nclass L1(list): pass\nclass E1(Exception): pass\nclass E2(ValueError): pass\nclass E3(Exception): pass\nclass M(types.ModuleType): pass\ndef attempt(obj, cls):\n    try:\n        obj.__class__ = cls\n        print('ok', type(obj).__name__)\n    except TypeError as e:\n        print(e)\nattempt(A(), B)\nattempt(Sl(), A)\nattempt(A(), Sl)\nattempt(S1(), S2)\nattempt(S1(), S3)\nattempt(S1(), SD)\nattempt(A(), SubA)\nattempt(SubA(), B)\nattempt(A(), SubA2)\nattempt(A(), SubA3)\nattempt(I1(), I2)\nattempt(I1(), L1)\nattempt(E1(), E2)\nattempt(E1(), E3)\nattempt(A(), int)\nattempt(1, A)\nattempt(A(), 5)\nm = types.ModuleType('m')\nattempt(m, M)\nattempt(m, types.ModuleType)\nattempt(m, A)\ntry:\n    del A().__class__\nexcept TypeError as e:\n    print(e)\n",
    stdout: "ok B\n__class__ assignment: 'A' object layout differs from 'Sl'\n__class__ assignment: 'Sl' object layout differs from 'A'\nok S2\n__class__ assignment: 'S3' object layout differs from 'S1'\n__class__ assignment: 'SD' object layout differs from 'S1'\nok SubA\nok B\nok SubA2\n__class__ assignment: 'SubA3' object layout differs from 'A'\n__class__ assignment: 'I2' object layout differs from 'I1'\n__class__ assignment: 'L1' object layout differs from 'I1'\n__class__ assignment: 'E2' object layout differs from 'E1'\nok E3\n__class__ assignment only supported for heap types or ModuleType subclasses\n__class__ assignment only supported for heap types or ModuleType subclasses\n__class__ must be set to a class, not 'int' object\nok M\nok module\n__class__ assignment only supported for heap types or ModuleType subclasses\ncan't delete __class__ attribute\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "__class__ assignment between classes that add __dict__, __weakref__ or slots differently",
    file: "class_assignment_more.py",
    source: "# __class__ assignment between classes that add __dict__, __weakref__ or slots differently\nclass W1: __slots__ = ('__weakref__',)\nclass W2: __slots__ = ('__weakref__',)\nclass D1: __slots__ = ('__dict__',)\nclass D2: __slots__ = ('__dict__',)\nclass DW: __slots__ = ('__dict__', '__weakref__')\nclass P: pass\nclass T1(tuple): pass\nclass T2(tuple): pass\nclass T3(tuple): __slots__ = ()\nclass B1(bytes): pass\nclass Mixed(P, W1): pass\ndef attempt(obj, cls):\n    try:\n        obj.__class__ = cls\n        print('ok', type(obj).__name__)\n    except TypeError as e:\n        print(e)\nattempt(W1(), W2)\nattempt(W1(), D1)\nattempt(D1(), D2)\nattempt(D1(), DW)\nattempt(DW(), P)\nattempt(P(), DW)\nattempt(T1(), T2)\nattempt(T1(), T3)\nattempt(T3((1,)), T1)\nattempt(B1(), T1)\nattempt(P(), Mixed)\nclass W3: __slots__ = ('__weakref__', 'k')\nclass Mixed2(W1, P): pass\nprint(Mixed.__base__.__name__, Mixed2.__base__.__name__)\ntry:\n    class Bad(W3, S := type('S', (), {'__slots__': ('j',)})): pass\nexcept TypeError as e:\n    print(e)\n",
    stdout: "ok W2\n__class__ assignment: 'D1' object layout differs from 'W1'\nok D2\n__class__ assignment: 'DW' object layout differs from 'D1'\nok P\nok DW\n__class__ assignment: 'T2' object layout differs from 'T1'\n__class__ assignment: 'T3' object layout differs from 'T1'\n__class__ assignment: 'T1' object layout differs from 'T3'\n__class__ assignment: 'T1' object layout differs from 'B1'\nok Mixed\nP W1\nmultiple bases have instance lay-out conflict\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "object.__setattr__ / __delattr__ refuse to jump over a built-in type's own tp_setattro",
    file: "setattr_hackcheck.py",
    source: "# object.__setattr__ / __delattr__ refuse to jump over a built-in type's own tp_setattro\nclass C: pass\nclass Meta(type): pass\nclass WithMeta(metaclass=Meta): pass\nclass Own:\n    def __setattr__(self, k, v):\n        print('own', k)\n        object.__setattr__(self, k, v)\ncalls = [\n    lambda: object.__setattr__(int, 'x', 1),\n    lambda: object.__delattr__(int, 'real'),\n    lambda: object.__setattr__(C, 'x', 1),\n    lambda: object.__setattr__(WithMeta, 'x', 1),\n    lambda: type.__setattr__(C, 'y', 2),\n    lambda: type.__setattr__(int, 'y', 2),\n    lambda: object.__setattr__(C(), 'z', 3),\n    lambda: Own().__setattr__('q', 4),\n    lambda: setattr(Own(), 'w', 5),\n    lambda: type.__setattr__(C(), 'a', 1),\n    lambda: int.__setattr__(C(), 'a', 1),\n]\nfor i, f in enumerate(calls):\n    try:\n        print(i, f())\n    except TypeError as e:\n        print(i, e)\nprint(C.y)\n",
    stdout: "0 can't apply this __setattr__ to type object\n1 can't apply this __delattr__ to type object\n2 can't apply this __setattr__ to type object\n3 can't apply this __setattr__ to Meta object\n4 None\n5 can't set attributes of built-in/extension type 'int'\n6 None\nown q\n7 None\nown w\n8 None\n9 descriptor '__setattr__' requires a 'type' object but received a 'C'\n10 None\n2\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("__class__ assignment and setattr wrappers", CASES);
