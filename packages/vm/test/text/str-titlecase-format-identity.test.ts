// Recorded from CPython 3.8: titlecase of Greek letters with iota subscript and Georgian letters, and the str objects that formatting returns unchanged. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "str titlecase keeps the Greek iota subscript (prosgegrammeni) and Georgian letters unchanged",
    file: "numtext_05.py",
    source: "# str titlecase keeps the Greek iota subscript (prosgegrammeni) and Georgian letters unchanged\nfor s in ['\\u1f80', '\\u1f87', '\\u1f88', '\\u1fa1xy', '\\u1fb3', '\\u1fb2', '\\u1fb4', '\\u1fb7', '\\u1fc3', '\\u1fc7', '\\u1ff3', '\\u1ff7', '\\u1ffc',\n          '\\u10d0\\u10d1', '\\u10fd']:\n    print(ascii(s.title()), ascii(s.capitalize()), ascii(s.upper()), ascii(s.lower()))\nprint(ascii('\\u1ff3\\u1ff3\\u1ffc\\u1ffc'.capitalize()), ascii('A\\u03a3 \\u1fa1xy'.title()))\nprint('\\u1f80'.istitle(), '\\u1f88'.istitle(), '\\u1ffc'.istitle())\n",
    stdout: "'\\u1f88' '\\u1f88' '\\u1f08\\u0399' '\\u1f80'\n'\\u1f8f' '\\u1f8f' '\\u1f0f\\u0399' '\\u1f87'\n'\\u1f88' '\\u1f88' '\\u1f08\\u0399' '\\u1f80'\n'\\u1fa9xy' '\\u1fa9xy' '\\u1f69\\u0399XY' '\\u1fa1xy'\n'\\u1fbc' '\\u1fbc' '\\u0391\\u0399' '\\u1fb3'\n'\\u1fba\\u0345' '\\u1fba\\u0345' '\\u1fba\\u0399' '\\u1fb2'\n'\\u0386\\u0345' '\\u0386\\u0345' '\\u0386\\u0399' '\\u1fb4'\n'\\u0391\\u0342\\u0345' '\\u0391\\u0342\\u0345' '\\u0391\\u0342\\u0399' '\\u1fb7'\n'\\u1fcc' '\\u1fcc' '\\u0397\\u0399' '\\u1fc3'\n'\\u0397\\u0342\\u0345' '\\u0397\\u0342\\u0345' '\\u0397\\u0342\\u0399' '\\u1fc7'\n'\\u1ffc' '\\u1ffc' '\\u03a9\\u0399' '\\u1ff3'\n'\\u03a9\\u0342\\u0345' '\\u03a9\\u0342\\u0345' '\\u03a9\\u0342\\u0399' '\\u1ff7'\n'\\u1ffc' '\\u1ffc' '\\u03a9\\u0399' '\\u1ff3'\n'\\u10d0\\u10d1' '\\u10d0\\u10d1' '\\u1c90\\u1c91' '\\u10d0\\u10d1'\n'\\u10fd' '\\u10fd' '\\u1cbd' '\\u10fd'\n'\\u1ffc\\u1ff3\\u1ff3\\u1ff3' 'A\\u03c2 \\u1fa9xy'\nFalse True True\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "str formatting returns the very str written whole (fast paths), and format() of a str subclass calls str()",
    file: "numtext_07.py",
    source: "# str formatting returns the very str written whole (fast paths), and format() of a str subclass calls str()\ntext = 'abcde'\nfor r in ['%s' % text, '%.5s' % text, '%5s' % text, '%-5s' % text, '%.6s' % text, '%6s' % text, '%+s' % text, '%s%s' % (text, ''), '%s%s' % ('', text),\n          '{0}'.format(text), '{0:s}'.format(text), '{0:.5s}'.format(text), '{0:<5}'.format(text), '{0:6s}'.format(text), 'x{}'.format(text)[1:],\n          text % (), text.format(), format(text, 's'), format(text, '3'), f'{text:s}', f'{text}']:\n    print(r is text, end=' ')\nprint()\nclass S(str):\n    def __str__(self):\n        return '__str__ overridden'\ns = S('xxx')\nprint('%s' % s, '{}'.format(s), format(s), f'{s}', '%r' % s, '{!r}'.format(s))\nclass S2(str):\n    pass\ns2 = S2('abc')\nfor spec in ['', 's', '3', '.3', '5', '.2']:\n    r = s2.__format__(spec)\n    print(repr(spec), type(r).__name__, r is s2)\nprint(type(s2 % ()).__name__, (s2 % ()) is s2, type(s2.format()).__name__, type('%s' % s2).__name__)\nclass R:\n    def __repr__(self):\n        return REPR\nREPR = 'the repr'\nprint(('%r' % R()) is REPR, ('%r.' % R()) is REPR, ('{!r}'.format(R())) is REPR)\n",
    stdout: "True True True True True False False False True True True True True False False True True True True True True \n__str__ overridden __str__ overridden __str__ overridden __str__ overridden 'xxx' 'xxx'\n'' str False\n's' S2 True\n'3' S2 True\n'.3' S2 True\n'5' str False\n'.2' str False\nS2 True S2 str\nTrue False True\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("str titlecase and formatting identity", CASES);
