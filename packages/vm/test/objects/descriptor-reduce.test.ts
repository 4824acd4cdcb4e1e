// __reduce__ of method, class method, slot wrapper and member descriptors (getattr(owner, name)). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "descriptors of built-in types reduce to getattr(owner, name)",
    file: "descr_reduce.py",
    source: "# descriptors of built-in types reduce to getattr(owner, name)\nclass A:\n    __slots__ = ('x',)\nfor d in (str.join, dict.__dict__['fromkeys'], int.__add__, object.__init__, A.x, list.__dict__['append'], type(iter([])).__dict__['__setstate__']):\n    r = d.__reduce__()\n    print(type(d).__name__, r, r[0](*r[1]) is d or r[0](*r[1]) == d, d.__reduce_ex__(2) == r)\ntry:\n    type.__dict__['__dict__'].__reduce__()\nexcept TypeError as e:\n    print(e)\nprint(type(str.join).__reduce__.__doc__)\n",
    stdout: "method_descriptor (<built-in function getattr>, (<class 'str'>, 'join')) True True\nclassmethod_descriptor (<built-in function getattr>, (<class 'dict'>, 'fromkeys')) False True\nwrapper_descriptor (<built-in function getattr>, (<class 'int'>, '__add__')) True True\nwrapper_descriptor (<built-in function getattr>, (<class 'object'>, '__init__')) True True\nmember_descriptor (<built-in function getattr>, (<class '__main__.A'>, 'x')) True True\nmethod_descriptor (<built-in function getattr>, (<class 'list'>, 'append')) True True\nmethod_descriptor (<built-in function getattr>, (<class 'list_iterator'>, '__setstate__')) True True\ncannot pickle 'getset_descriptor' object\nNone\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("descriptor reduction", CASES);
