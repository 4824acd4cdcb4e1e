// print writes sep and end through str() (PyFile_WriteObject), so a str subclass's own __str__ decides what is written and a file's write gets the sep object itself, as in CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "print writes sep and end through str(), as PyFile_WriteObject does: a str subclass's own __str__ decides",
    file: "print_sep_end_str.py",
    source: "# print writes sep and end through str(), as PyFile_WriteObject does: a str subclass's own __str__ decides\nclass S(str):\n    def __str__(self):\n        print('(str of %s)' % str.__repr__(self), end='')\n        return 'S' + str.__str__(self)\nclass Plain(str):\n    pass\nclass F:\n    def write(self, s):\n        print('write', type(s).__name__, repr(s), s is SEP)\nSEP = '~'\nprint(1, 2, sep=S('-'), end=S('!\\n'))\nprint(sep=S('-'), end=S('|\\n'))\nprint('a', 'b', sep=Plain('+'), end=Plain('.\\n'))\nprint('a', 'b', sep=SEP, end=S('$'), file=F())\nprint('a', Plain('b'), sep=Plain('+'), file=F())\nclass Bad(str):\n    def __str__(self): raise ValueError('no str')\ntry:\n    print('x', 'y', sep=Bad(','))\nexcept ValueError as e:\n    print('ValueError', e)\ntry:\n    print('x', end=Bad(','))\nexcept ValueError as e:\n    print('ValueError', e)\n",
    stdout: "1(str of '-')S-2(str of '!\\n')S!\n(str of '|\\n')S|\na+b.\nwrite str 'a' False\nwrite str '~' True\nwrite str 'b' False\n(str of '$')write str 'S$' False\nwrite str 'a' False\nwrite str '+' False\nwrite str 'b' False\nwrite str '\\n' False\nxValueError no str\nxValueError no str\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("print sep and end", CASES);
