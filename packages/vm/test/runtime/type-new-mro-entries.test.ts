// type_new refuses a non-type base with __mro_entries__ (PEP 560) before calculating the metaclass. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "type() and type.__new__ refuse a base that is not a type but has __mro_entries__, before looking for the metaclass",
    file: "type_mro_entries.py",
    source: "# type() and type.__new__ refuse a base that is not a type but has __mro_entries__, before looking for the metaclass\nimport types\ndef t(label, f):\n    try:\n        print(label, 'ok', f())\n    except Exception as e:\n        print(label, type(e).__name__, e)\nclass Entries:\n    def __mro_entries__(self, bases):\n        print('__mro_entries__ called')\n        return (int,)\nclass Meta(type):\n    pass\nt('type()', lambda: type('Y', (Entries(),), {}))\nt('type() after a class', lambda: type('Y', (object, Entries()), {}))\nt('type.__new__', lambda: type.__new__(type, 'Y', (Entries(),), {}))\nt('metaclass', lambda: Meta('Y', (Entries(),), {}))\nt('plain object', lambda: type('Y', (1,), {}))\nclass Raising:\n    def __getattr__(self, name):\n        raise KeyError(name)\nt('lookup raises', lambda: type('Y', (Raising(),), {}))\nt('new_class', lambda: types.new_class('Y', (Entries(),)).__bases__)\ndef statement():\n    class Y(Entries()):\n        pass\n    return Y.__bases__, type(Y.__orig_bases__[0]).__name__\nt('class statement', statement)\n",
    stdout: "type() TypeError type() doesn't support MRO entry resolution; use types.new_class()\ntype() after a class TypeError type() doesn't support MRO entry resolution; use types.new_class()\ntype.__new__ TypeError type() doesn't support MRO entry resolution; use types.new_class()\nmetaclass TypeError type() doesn't support MRO entry resolution; use types.new_class()\nplain object TypeError metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases\nlookup raises KeyError '__mro_entries__'\n__mro_entries__ called\nnew_class ok (<class 'int'>,)\n__mro_entries__ called\nclass statement ok ((<class 'int'>,), 'Entries')\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("type() with a base that has __mro_entries__", CASES, [0, Number.POSITIVE_INFINITY]);
