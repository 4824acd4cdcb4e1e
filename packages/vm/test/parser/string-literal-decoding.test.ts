// Adjacent string literals decode piece by piece before refusing a bytes/str mix, and \N escape errors count astral characters as CPython 3.8's rewritten buffer does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "adjacent string literals: each piece is decoded (and warned about) before bytes and str mixing is refused",
    file: "concat_decode_order.py",
    source: "# adjacent string literals: each piece is decoded (and warned about) before bytes and str mixing is refused\nimport warnings\nwarnings.simplefilter('always')\nfor src in [\"b'' '\\\\N{BOGUS}'\", \"br'\\\\8' U'''\\\\x4'''\", \"'' b'\\\\u00'\", \"'a\\\\N{DIGIT ONE}' b'\\\\N{'\", \"b'\\\\q' '\\\\q'\",\n            \"f'{x}' b'\\\\x'\", \"b'x' f'{'\", \"'\\\\U0011ffff' b''\", \"b'\\\\xff' 'x'\", \"'x' b'\\\\xff'\"]:\n    try:\n        print(repr(eval(compile(src, '<s>', 'eval'))))\n    except SyntaxError as e:\n        print('SyntaxError', e.msg, e.lineno, e.offset)\n",
    stdout: "SyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: unknown Unicode character name 1 1\nSyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape 1 1\nSyntaxError cannot mix bytes and nonbytes literals 1 1\nSyntaxError cannot mix bytes and nonbytes literals 1 1\nSyntaxError cannot mix bytes and nonbytes literals 1 1\nSyntaxError (value error) invalid \\x escape at position 0 1 1\nSyntaxError cannot mix bytes and nonbytes literals 1 1\nSyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character 1 1\nSyntaxError cannot mix bytes and nonbytes literals 1 1\nSyntaxError cannot mix bytes and nonbytes literals 1 1\n",
    stderr: "<s>:1: DeprecationWarning: invalid escape sequence \\u\n<s>:1: DeprecationWarning: invalid escape sequence \\N\n<s>:1: DeprecationWarning: invalid escape sequence \\q\n<s>:1: DeprecationWarning: invalid escape sequence \\q\n",
    exit: 0,
  },
  {
    name: "a malformed \\N escape after astral characters: positions count each non-ASCII character as ten bytes",
    file: "named_escape_astral.py",
    source: "# a malformed \\N escape after astral characters: positions count each non-ASCII character as ten bytes\nfor src in [\"'\\\\N{#\\U0001f600'\", \"u'''\\\\N{\\U0001f600'''\", \"'ab\\U0001f600\\\\N{\\U0001f600\\U0001f600x'\", \"'\\\\N{\\U0001f600}'\", \"'\\U0001f600\\\\N{\\u00e9'\",\n            \"'\\U0001f600\\\\x4'\", \"'\\u00e9\\U0001f600\\\\N{BOGUS}'\"]:\n    try:\n        print(repr(eval(src)))\n    except SyntaxError as e:\n        print('SyntaxError', e.msg)\n",
    stdout: "SyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: malformed \\N character escape\nSyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 0-12: malformed \\N character escape\nSyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 12-35: malformed \\N character escape\nSyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name\nSyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 10-22: malformed \\N character escape\nSyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape\nSyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 20-28: unknown Unicode character name\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("string literal decoding", CASES);
