// The docs of built-in types' computed attributes and members, and code.replace's, from CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "computed attributes and members of built-in types carry CPython 3.8's docs",
    file: "getset_docs.py",
    source: "# computed attributes and members of built-in types carry CPython 3.8's docs\nimport types\nfor d in (int.real, int.imag, int.numerator, int.denominator, float.real, float.imag, complex.real,\n          object.__dict__['__class__'], super.__self__, super.__self_class__, super.__thisclass__,\n          types.MethodType.__func__, types.MethodType.__self__, BaseException.__context__,\n          StopIteration.value, types.GeneratorType.gi_yieldfrom, vars(types.CoroutineType)['__name__']):\n    print(type(d).__name__, d.__name__, repr(d.__doc__))\nclass A:\n    __slots__ = ('x',)\nprint(repr(A.x.__doc__))\nprint(repr(type(A.x).__name__))\nprint(repr(types.CodeType.replace.__doc__))\nprint(types.CodeType.replace.__text_signature__)\n",
    stdout: "getset_descriptor real 'the real part of a complex number'\ngetset_descriptor imag 'the imaginary part of a complex number'\ngetset_descriptor numerator 'the numerator of a rational number in lowest terms'\ngetset_descriptor denominator 'the denominator of a rational number in lowest terms'\ngetset_descriptor real 'the real part of a complex number'\ngetset_descriptor imag 'the imaginary part of a complex number'\nmember_descriptor real 'the real part of a complex number'\ngetset_descriptor __class__ \"the object's class\"\nmember_descriptor __self__ 'the instance invoking super(); may be None'\nmember_descriptor __self_class__ 'the type of the instance invoking super(); may be None'\nmember_descriptor __thisclass__ 'the class invoking super()'\nmember_descriptor __func__ 'the function (or other callable) implementing a method'\nmember_descriptor __self__ 'the instance to which a method is bound'\ngetset_descriptor __context__ 'exception context'\nmember_descriptor value 'generator return value'\ngetset_descriptor gi_yieldfrom 'object being iterated by yield from, or None'\ngetset_descriptor __name__ 'name of the coroutine'\nNone\n'member_descriptor'\n'Return a copy of the code object with new values for the specified fields.'\n($self, /, *, co_argcount=-1, co_posonlyargcount=-1,\n        co_kwonlyargcount=-1, co_nlocals=-1, co_stacksize=-1,\n        co_flags=-1, co_firstlineno=-1, co_code=None, co_consts=None,\n        co_names=None, co_varnames=None, co_freevars=None,\n        co_cellvars=None, co_filename=None, co_name=None,\n        co_lnotab=None)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("getset and member docs", CASES);
