// type.__flags__: tp_flags bits from what CPython derives them from. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "type.__flags__: the static bits of built-in types, and the whole value of classes as their attribute cache fills",
    file: "flags_01.py",
    source: "# type.__flags__: the static bits of built-in types, and the whole value of classes as their attribute cache fills\nimport types\nTAG = 1 << 19\ndef g(): yield\nfor t in [object, type, int, bool, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, range,\n          slice, BaseException, ValueError, type(None), type(len), type(g), type(g()), types.FunctionType,\n          types.MethodType, property, staticmethod, super, enumerate, map, type(iter([])), types.CodeType,\n          types.FrameType, type(list.append), type(int.__add__), type((1).__add__)]:\n    print(t.__name__, t.__flags__ & ~TAG)\nclass A: pass\nclass B(int): pass\nclass C: __slots__ = ()\nclass D(KeyError): pass\nclass E(dict): pass\nclass M(type): pass\nclass L(list): pass\nclass S(str): pass\nclass T(tuple): pass\nclass Y(bytes): pass\nfor t in [A, B, C, D, E, M, L, S, T, Y]:\n    print(t.__name__, t.__flags__)\nA().x = 1\nprint(A.__flags__)\ntry:\n    A.missing\nexcept AttributeError:\n    pass\nprint(A.__flags__)\nA.y = 2\nprint(A.__flags__)\nprint(type(int.__dict__['__flags__'] if '__flags__' in int.__dict__ else type.__dict__['__flags__']))\ntry:\n    A.__flags__ = 0\nexcept AttributeError as e:\n    print(e)\nimport abc\nclass Abstract(abc.ABC):\n    @abc.abstractmethod\n    def f(self): pass\nprint(bool(Abstract.__flags__ & (1 << 20)), bool(A.__flags__ & (1 << 20)))\nprint(bool(A.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)), bool(range.__flags__ & (1 << 10)))\n",
    stdout: "object 267264\ntype 2147767296\nint 17044480\nbool 17043456\nfloat 267264\nstr 268702720\nbytes 134484992\nbytearray 267264\nlist 33838080\ntuple 67392512\ndict 537154560\nset 283648\nfrozenset 283648\nrange 266240\nslice 282624\nBaseException 1074025472\nValueError 1074025472\nNoneType 266240\nbuiltin_function_or_method 284672\nfunction 415744\ngenerator 282624\nfunction 415744\nmethod 284672\nproperty 283648\nstaticmethod 283648\nsuper 283648\nenumerate 283648\nmap 283648\nlist_iterator 282624\ncode 266240\nframe 282624\nmethod_descriptor 415744\nwrapper_descriptor 413696\nmethod-wrapper 282624\nA 284160\nB 17061376\nC 284160\nD 1074025984\nE 537155072\nM 2147767808\nL 33838592\nS 268719616\nT 67393024\nY 134501888\n808448\n808448\n284160\n<class 'member_descriptor'>\nreadonly attribute\nTrue False\nTrue False False\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("type.__flags__", CASES);
