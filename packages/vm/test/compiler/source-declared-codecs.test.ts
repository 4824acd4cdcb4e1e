// compile() of bytes with a PEP 263 declaration (Parser/tokenizer.c decode_str): the codecs corosim has, ASCII-only source in one it lacks, and names that are no codec. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "compile() of bytes honours a coding declaration; a codec corosim lacks reads all-ASCII source, and a name that is no codec is an unknown encoding",
    file: "compile_declared_codecs.py",
    source: "# compile() of bytes honours a coding declaration; a codec corosim lacks reads all-ASCII source, and a name that is no codec is an unknown encoding\ndef t(src, mode='exec'):\n    try:\n        co = compile(src, 'f', mode)\n        ns = {}\n        exec(co, ns)\n        print('ok', repr(ns.get('x')))\n    except Exception as e:\n        print(type(e).__name__, e, getattr(e, 'lineno', None), getattr(e, 'offset', None))\nt('# coding: latin-1\\nx = \"\u00e9\"\\n')\nt('# coding: bogus\\nx = 1\\n')\nt(b'# coding: bogus\\nx = 1\\n')\nt(b'# coding: latin-1\\nx = \"\\xe9\"\\n')\nt(b'# coding: ascii\\nx = \"\\xe9\"\\n')\nt(b'\\xef\\xbb\\xbf# coding: latin-1\\nx = 1\\n')\nt(b'# coding: utf-16\\nx = 1\\n')\nt(b'# coding: cp1252\\nx = 1\\n')\nt(b'#!python\\n# vim: set fileencoding=latin-1 :\\nx = \"\\xe9\"\\n')\nt(b'x = \"\\xe9\"\\n')\nt(b'x = 1 # \\xe9\\n')\nt(b'\\xe9 = 1\\n')\nt(b'x = b\"\\xe9\"\\n')\n",
    stdout: "ok '\u00e9'\nok 1\nSyntaxError unknown encoding: bogus (f, line 0) 0 0\nok '\u00e9'\nSyntaxError 'ascii' codec can't decode byte 0x? in position 21: ordinal not in range(128) (f, line 0) 0 0\nSyntaxError encoding problem: iso-8859-1 with BOM (f, line 0) 0 0\nSyntaxError 'utf-16-le' codec can't decode byte 0x? in position 22: truncated data (f, line 0) 0 0\nok 1\nok '\u00e9'\nSyntaxError (unicode error) 'utf-8' codec can't decode byte 0x? in position 0: unexpected end of data (f, line 1) 1 5\nok 1\nSyntaxError invalid character in identifier (f, line 1) 1 1\nSyntaxError bytes can only contain ASCII literal characters. (f, line 1) 1 5\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("coding declarations of compile() sources", CASES, [0, Number.POSITIVE_INFINITY]);
