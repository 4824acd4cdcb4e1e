// Characters past U+FFFF whose UTF-16 low half falls in U+DC80..U+DCFF are characters, not the lone surrogates that stand for bytes that are not UTF-8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "characters past U+FFFF whose low surrogate is U+DC80..U+DCFF (\ud83d\udc80 U+1F480, \ud83d\udce6 U+1F4E6) in str, f-string and bytes literals, comments and compile()",
    file: "astral_literals.py",
    source: "# characters past U+FFFF whose low surrogate is U+DC80..U+DCFF (\ud83d\udc80 U+1F480, \ud83d\udce6 U+1F4E6) in str, f-string and bytes literals, comments and compile()\nx = \"\ud83d\udc80\ud83d\udce6\"  # \ud83d\udc80\nprint(x, len(x), ascii(x), f\"{x}\ud83d\udc80{len(x)!r:\ud83d\udce6>4}\", r\"\ud83d\udc80\\n\", \"\"\"\ud83d\udc80\n\ud83d\udce6\"\"\")\nprint(eval('\"\ud83d\udc80\"'), eval(b'\"\\xf0\\x9f\\x92\\x80\"'), eval('f\"{1}\ud83d\udce6\"'))\nexec('y = \"\ud83d\udc80\"; print(len(y))')\nfor src in ['\"\ud83d\udc80\" +', 'b\"\ud83d\udc80\"', '\ud83d\udc80 = 1', 'x = \"\ud83d\udc80\" $', 'del f(), \"\ud83d\udc80\"']:\n    try:\n        compile(src, 'f', 'exec')\n    except SyntaxError as e:\n        print(type(e).__name__, e.msg, e.offset, repr(e.text))\nfor src in [b'x = \"\\xed\\xb2\\x80\"', b'x = \"\\xf0\\x9f\\x92\\x80\\xff\"', b'\"\\x80\" +', b'x = \"\\xf0\\x9f\\x92\"']:\n    try:\n        print(repr(eval(compile(src, 'g', 'exec') and src[4:])))\n    except SyntaxError as e:\n        print(type(e).__name__, e.msg, e.offset, repr(e.text))\n",
    stdout: "\ud83d\udc80\ud83d\udce6 2 '\\U0001f480\\U0001f4e6' \ud83d\udc80\ud83d\udce6\ud83d\udc80\ud83d\udce6\ud83d\udce6\ud83d\udce62 \ud83d\udc80\\n \ud83d\udc80\n\ud83d\udce6\n\ud83d\udc80 \ud83d\udc80 1\ud83d\udce6\n1\nSyntaxError invalid syntax 6 '\"\ud83d\udc80\" +\\n'\nSyntaxError bytes can only contain ASCII literal characters. 1 None\nSyntaxError invalid character in identifier 1 '\ud83d\udc80 = 1\\n'\nSyntaxError invalid syntax 9 'x = \"\ud83d\udc80\" $\\n'\nSyntaxError cannot delete function call 5 None\nSyntaxError (unicode error) 'utf-8' codec can't decode byte 0x? in position 0: invalid continuation byte 5 None\nSyntaxError (unicode error) 'utf-8' codec can't decode byte 0x? in position 4: invalid start byte 5 None\nSyntaxError invalid syntax 6 '\"\ufffd\" +\\n'\nSyntaxError (unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data 5 None\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("characters past U+FFFF in literals", CASES, [0, Number.POSITIVE_INFINITY]);
