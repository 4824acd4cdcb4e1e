// type_new's and type_set_name's UTF-8 and null-character checks of a class name, and of a str __doc__, as CPython 3.8 does them. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "a class name must encode to UTF-8 and hold no null character, at creation and on __name__ assignment; a str __doc__ must encode",
    file: "builtins_01.py",
    source: "# a class name must encode to UTF-8 and hold no null character, at creation and on __name__ assignment; a str __doc__ must encode\nfor name in ['A\\x00B', 'A\\udcdcB', b'A']:\n    try:\n        type(name, (), {})\n    except (ValueError, TypeError) as e:\n        print(type(e).__name__, e)\nA = type('C', (), {})\nfor name in ['A\\x00B', 'A\\udcdcB', b'A', '\\U0001f40d', '']:\n    try:\n        A.__name__ = name\n        print(repr(A.__name__), A.__qualname__)\n    except (ValueError, TypeError) as e:\n        print(type(e).__name__, e, A.__name__)\nfor doc in ['x\\x00y', 'x\\udcdcy', b'x', 42, None]:\n    try:\n        print(repr(type('D', (), {'__doc__': doc}).__doc__))\n    except UnicodeEncodeError as e:\n        print(type(e).__name__, e)\nA.__doc__ = 'x\\udcdcy'\nprint(ascii(A.__doc__))\n",
    stdout: "ValueError type name must not contain null characters\nUnicodeEncodeError 'utf-8' codec can't encode character '\\udcdc' in position 1: surrogates not allowed\nTypeError type.__new__() argument 1 must be str, not bytes\nValueError type name must not contain null characters C\nUnicodeEncodeError 'utf-8' codec can't encode character '\\udcdc' in position 1: surrogates not allowed C\nTypeError can only assign string to C.__name__, not 'bytes' C\n'\ud83d\udc0d' C\n'' C\n'x\\x00y'\nUnicodeEncodeError 'utf-8' codec can't encode character '\\udcdc' in position 1: surrogates not allowed\nb'x'\n42\nNone\n'x\\udcdcy'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("class name and doc checks", CASES);
