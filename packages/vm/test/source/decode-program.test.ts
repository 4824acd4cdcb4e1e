// A program file's bytes read as `python3.8 FILE` reads them (BOM, PEP 263 declaration, the
// "Non-UTF-8 code" and "encoding problem" SyntaxErrors), then run. Each row: what it shows, the
// file name, the file's bytes (one char per byte), and CPython 3.8.18's stdout, stderr and exit status.
import { describe, expect, it } from 'vitest';
import { decodeProgram, runMain } from '../../src/index.ts';

const CASES: readonly (readonly [string, string, string, string, string, number])[] = [
  ["no declaration: a byte that is not UTF-8", "n1.py", "# \u00e9\n", "", "  File \"n1.py\", line 1\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file n1.py on line 1, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["no declaration: the line of the first bad byte", "n2.py", "x = 1\ny = \"\u00e9\"\n", "", "  File \"n2.py\", line 2\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file n2.py on line 2, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["a BOM and a Latin-1 declaration", "n3.py", "\u00ef\u00bb\u00bf# coding: latin-1\nprint(1)\n", "", "  File \"n3.py\", line 1\nSyntaxError: encoding problem: iso-8859-1 with BOM\n", 1],
  ["a Latin-1 declaration on line 2 after a #! line", "n5.py", "#!/usr/bin/python\n# -*- coding: latin-1 -*-\nprint(\"\u00e9\")\n", "\u00e9\n", "", 0],
  ["a declaration on line 2 after code is no declaration", "n6.py", "print(1)\n# coding: latin-1\nprint(\"\u00e9\")\n", "", "  File \"n6.py\", line 3\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file n6.py on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["ASCII declared, a byte it cannot decode", "n7.py", "# coding: ascii\nprint(\"\u00e9\")\n", "", "  File \"n7.py\", line 1\nSyntaxError: encoding problem: ascii\n", 1],
  ["Latin-1 declared: every byte decodes", "n8.py", "# coding: latin-1\nprint(\"\u00e9\")\n\u00ff = 1\n", "\u00e9\n", "", 0],
  ["UTF-8 declared: bad bytes are found in the literal, and the line is not quoted", "n9.py", "# coding: utf-8\nprint(\"\u00e9\")\n", "", "  File \"n9.py\", line 2\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data\n", 1],
  ["a BOM and a UTF-8 declaration", "n10.py", "\u00ef\u00bb\u00bf# coding: utf-8\nprint(2)\n", "2\n", "", 0],
  ["ASCII declared, a bad byte further on", "n11.py", "# coding: ascii\nprint(\"abc\")\nx = \u0080\n", "", "  File \"n11.py\", line 1\nSyntaxError: encoding problem: ascii\n", 1],
  ["a declaration on line 3 is no declaration", "n14.py", "\n\n# coding: latin-1\nprint(\"\u00e9\")\n", "", "  File \"n14.py\", line 4\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file n14.py on line 4, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["a Latin-1 declaration with CRLF line ends", "n15.py", "# coding: latin-1\r\nprint(\"\u00e9\")\r\n", "\u00e9\n", "", 0],
  ["an encoding problem is reported at the declaration", "m1.py", "#!/usr/bin/env python\n# coding: ascii\nprint(\"\u00e9\")\n", "", "  File \"m1.py\", line 2\nSyntaxError: encoding problem: ascii\n", 1],
  ["a BOM and a Latin-1 declaration on line 2", "m3.py", "\u00ef\u00bb\u00bf\n# coding: latin-1\nprint(1)\n", "", "  File \"m3.py\", line 2\nSyntaxError: encoding problem: iso-8859-1 with BOM\n", 1],
  ["utf8 (not normalised to utf-8) reads through the strict codec", "m4.py", "# coding: utf8\nprint(\"\u00e9\")\n", "", "  File \"m4.py\", line 1\nSyntaxError: encoding problem: utf8\n", 1],
  ["UTF-32 declared", "m6.py", "# coding: utf-32\nprint(1)\n", "", "  File \"m6.py\", line 1\nSyntaxError: encoding problem: utf-32\n", 1],
  ["an Emacs/vim style declaration", "e5.py", "# vim: set fileencoding=latin-1 :\nprint(\"\u00e9\")\n", "\u00e9\n", "", 0],
  ["an ASCII-only file in an encoding corosim lacks", "e7.py", "# coding=euc-jp\nprint(1)\n", "1\n", "", 0],
  ["a name that is no codec", "m2.py", "#!/usr/bin/env python\n# coding: bogus\nprint(1)\n", "", "  File \"m2.py\", line 2\nSyntaxError: encoding problem: bogus\n", 1],
  ["an ASCII-only file declaring cp1252", "m5.py", "# coding: cp1252\nprint(1)\n", "1\n", "", 0],
  ["cp1252 declared: its bytes decode through the codec", "m8.py", "# -*- coding: cp1252 -*-\nprint(\"caf\u00e9 \u0080\")\n", "caf\u00e9 \u20ac\n", "", 0],
  ["cp1252 declared, a byte it has no character for", "m9.py", "# coding: cp1252\nprint(\"\u0081\")\n", "", "  File \"m9.py\", line 1\nSyntaxError: encoding problem: cp1252\n", 1],
  ["a syntax error on an earlier line comes before the bad byte", "m7.py", "x = $\ny = \"\u00e9\"\n", "", "  File \"m7.py\", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n", 1],
  ["a block the bad line should open: the bad byte comes first", "o1.py", "x = 1\nif x:\ny = \"\u00e9\"\n", "", "  File \"o1.py\", line 3\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file o1.py on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["the bad line inside brackets", "o2.py", "x = (1,\n2,\n\"\u00e9\")\n", "", "  File \"o2.py\", line 3\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file o2.py on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["an indentation error on an earlier line comes first", "o3.py", "def f():\n    return 1\n  x = 2\ny = \"\u00e9\"\n", "", "  File \"o3.py\", line 3\n    x = 2\n        ^\nIndentationError: unindent does not match any outer indentation level\n", 1],
  ["an AST error on an earlier line does not", "o4.py", "del f()\ny = \"\u00e9\"\n", "", "  File \"o4.py\", line 2\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file o4.py on line 2, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["the bad line read inside a triple-quoted string is named one line on", "o5.py", "x = \"\"\"\nabc\n\u00e9\"\"\"\n", "", "  File \"o5.py\", line 3\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file o5.py on line 4, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["the bad line read after a backslash continuation is named one line on", "o8.py", "x = 1 \\\n\u00e9\n", "", "  File \"o8.py\", line 2\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file o8.py on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["the bad line read inside a continued string is named one line on", "o9.py", "x = \"abc\\\n\u00e9\"\n", "", "  File \"o9.py\", line 2\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file o9.py on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["a comment ending in a backslash continues nothing", "o10.py", "# c \\\n\u00e9\n", "", "  File \"o10.py\", line 2\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file o10.py on line 2, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
  ["the bad line inside a call's brackets", "o11.py", "x = f(1,\n\u00e9)\n", "", "  File \"o11.py\", line 2\nSyntaxError: Non-UTF-8 code starting with '\\xe9' in file o11.py on line 2, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n", 1],
];

/** The bytes a string of one char per byte stands for. */
const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('decodeProgram', () => {
  for (const [what, filename, file, stdout, stderr, status] of CASES) {
    it(`reads a file as python3.8 FILE does: ${what}`, () => {
      const out = { stdout: '', stderr: '' };
      const program = decodeProgram(bytesOf(file), filename);
      let exitCode: number;
      if (program.status === 'syntax-error') {
        out.stderr = program.stderr;
        exitCode = 1;
      } else {
        const outcome = runMain(program.text, { filename, write: (stream, text) => { out[stream] += text; } });
        exitCode = outcome.status === 'exited' ? outcome.exitCode : -1;
      }
      expect(out).toEqual({ stdout, stderr });
      expect(exitCode).toBe(status);
    });
  }
});
