// print writes each object, separator and end as its own write, so a lone surrogate fails in its own piece after the earlier pieces are out, as CPython 3.8 does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "print writes each object, separator and end on its own: a lone surrogate fails its own piece, after the pieces before it",
    file: "print_surrogate_pieces.py",
    source: "# print writes each object, separator and end on its own: a lone surrogate fails its own piece, after the pieces before it\nimport sys\nclass S:\n    def __str__(self):\n        return 's\\udc00t'\ntries = [(('abc', 'x\\udad1y', 'z'), dict(sep='-')), (('ok', 1), dict(sep='\\ud800')), (('a', 'b'), dict(end='\\udfff\\n')),\n         (('\\ud801',), {}), ((1, 2.5, None, S(), 'q'), {}), ((S(),), dict(sep='+'))]\nfor args, kw in tries:\n    try:\n        print(*args, **kw)\n    except UnicodeEncodeError as e:\n        print('|', type(e).__name__, e)\nprint('a\\udc80b', file=sys.stderr)\n",
    stdout: "abc-| UnicodeEncodeError 'utf-8' codec can't encode character '\\udad1' in position 1: surrogates not allowed\nok| UnicodeEncodeError 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed\na b| UnicodeEncodeError 'utf-8' codec can't encode character '\\udfff' in position 0: surrogates not allowed\n| UnicodeEncodeError 'utf-8' codec can't encode character '\\ud801' in position 0: surrogates not allowed\n1 2.5 None | UnicodeEncodeError 'utf-8' codec can't encode character '\\udc00' in position 1: surrogates not allowed\n| UnicodeEncodeError 'utf-8' codec can't encode character '\\udc00' in position 1: surrogates not allowed\n",
    stderr: "a\\udc80b\n",
    exit: 0,
  },
];

describeCpythonCases("print of text stdout cannot encode", CASES);
