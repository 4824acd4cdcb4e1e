// CPython 3.8's UnicodeEncodeError_str and friends take PyObject_Str of each member, '<NULL>' for one deleted after construction. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "str() of a Unicode error whose encoding or reason was deleted shows '<NULL>' for it",
    file: "unicode_error_deleted_members.py",
    source: "# str() of a Unicode error whose encoding or reason was deleted shows '<NULL>' for it\nu = UnicodeEncodeError('ascii', 'abc', 0, 1, 'r')\ndel u.encoding\nprint(u.encoding, str(u))\ndel u.reason\nprint(u.reason, str(u))\nu = UnicodeDecodeError('ascii', b'abc', 0, 2, 'r')\ndel u.reason; del u.encoding\nprint(str(u))\nu = UnicodeTranslateError('abc', 0, 1, 'r')\ndel u.reason\nprint(str(u), u.encoding)\n",
    stdout: "None '<NULL>' codec can't encode character '\\x61' in position 0: r\nNone '<NULL>' codec can't encode character '\\x61' in position 0: <NULL>\n'<NULL>' codec can't decode bytes in position 0-1: <NULL>\ncan't translate character '\\x61' in position 0: <NULL> None\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("Unicode errors with deleted members", CASES, [0, Number.POSITIVE_INFINITY]);
