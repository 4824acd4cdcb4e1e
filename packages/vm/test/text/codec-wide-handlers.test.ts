// UTF-16 and UTF-32 decoding look the error handler up at the first error, and surrogateescape/surrogatepass resume where CPython 3.8's handlers say. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "UTF-16/32 decode errors: the handler is looked up at the first error; surrogateescape and surrogatepass resume where CPython's handlers do",
    file: "wide_decode_handlers.py",
    source: "# UTF-16/32 decode errors: the handler is looked up at the first error; surrogateescape and surrogatepass resume where CPython's handlers do\ndef show(data, encoding, errors):\n    try:\n        print(repr(data.decode(encoding, errors)))\n    except (UnicodeDecodeError, LookupError, TypeError) as e:\n        print(type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))\nshow(b'\\\\x', 'utf-16', 'bogus')\nshow(b'a\\x00b\\x00', 'utf-16-be', 'bogus')\nshow(b'a\\x00b', 'utf-16-le', 'bogus')\nshow(b'a\\x00\\x00\\x00', 'utf-32', 'nope')\nshow(b'\\xff\\xf0\\x9f\\x00\\x00\\x11\\x00\\x00\\xdc', 'utf-32-le', 'surrogateescape')\nshow(b'\\x9d\\xff\\xfe\\\\x', 'utf-32-be', 'surrogateescape')\nshow(b'\\xd8\\x00\\\\777', 'utf-16-be', 'surrogateescape')\nshow(b'\\x80\\x81\\x82\\x83\\x84\\x00\\x00\\x00', 'utf-32-be', 'surrogateescape')\nshow(b'\\\\\\\\u12\\xd8\\x00', 'utf-16-le', 'surrogatepass')\nshow(b'\\x00\\xd8a', 'utf-16-le', 'surrogatepass')\nshow(b'\\x00\\xd8\\x00\\xd8', 'utf-16-le', 'surrogatepass')\nshow(b'\\x00\\xd8\\x00\\x00', 'utf-32-le', 'surrogatepass')\nshow(b'\\x00\\xd8', 'utf-16-le', 'xmlcharrefreplace')\n",
    stdout: "'\u785c'\n'\u6100\u6200'\nLookupError decoding with 'utf-16-le' codec failed (LookupError: unknown error handler name 'bogus') None None\n'a'\nUnicodeDecodeError 'utf-32-le' codec can't decode bytes in position 3-6: code point not in range(0x?) 3 7\nUnicodeDecodeError 'utf-32-be' codec can't decode bytes in position 3-4: truncated data 3 5\nUnicodeDecodeError 'utf-16-be' codec can't decode byte 0x? in position 5: truncated data 5 6\nUnicodeDecodeError 'utf-32-be' codec can't decode bytes in position 5-7: truncated data 5 8\nUnicodeDecodeError 'utf-16-le' codec can't decode byte 0x? in position 6: truncated data 6 7\nUnicodeDecodeError 'utf-16-le' codec can't decode byte 0x? in position 2: truncated data 2 3\n'\\ud800\\ud800'\n'\\ud800'\nTypeError decoding with 'utf-16-le' codec failed (TypeError: don't know how to handle UnicodeDecodeError in error callback) None None\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("UTF-16/32 decode error handlers", CASES);
