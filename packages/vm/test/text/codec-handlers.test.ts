// The namereplace error handler and PyMapping_Keys in dict merges against CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "dict.update / dict(mapping) read keys() into a list first, with CPython's message for a non-iterable",
    file: "mapping_keys.py",
    source: "# dict.update / dict(mapping) read keys() into a list first, with CPython's message for a non-iterable\nclass BadKeys:\n    def keys(self): return 5\n    def __getitem__(self, k): return k\nclass GenKeys:\n    def keys(self):\n        for k in 'ab':\n            print('yield key', k)\n            yield k\n    def __getitem__(self, k):\n        print('getitem', k)\n        return k.upper()\nclass ListSub(list): pass\nclass SubKeys:\n    def keys(self): return ListSub(['x'])\n    def __getitem__(self, k): return 1\nfor make in (lambda m: dict(m), lambda m: {}.update(m), lambda m: dict({'z': 0}, **{}).update(m)):\n    for m in (BadKeys(), GenKeys(), SubKeys()):\n        try:\n            print(make(m))\n        except TypeError as e:\n            print('TypeError', e)\nd = {}\nd.update(GenKeys())\nprint(d)\n",
    stdout: "TypeError BadKeys.keys() returned a non-iterable (type int)\nyield key a\nyield key b\ngetitem a\ngetitem b\n{'a': 'A', 'b': 'B'}\n{'x': 1}\nTypeError BadKeys.keys() returned a non-iterable (type int)\nyield key a\nyield key b\ngetitem a\ngetitem b\nNone\nNone\nTypeError BadKeys.keys() returned a non-iterable (type int)\nyield key a\nyield key b\ngetitem a\ngetitem b\nNone\nNone\nyield key a\nyield key b\ngetitem a\ngetitem b\n{'a': 'A', 'b': 'B'}\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "the namereplace error handler: \\N{NAME} escapes, Hangul syllables, unified ideographs, nameless code points",
    file: "namereplace.py",
    source: "# the namereplace error handler: \\N{NAME} escapes, Hangul syllables, unified ideographs, nameless code points\ndef t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nfor s in ['\u00e9', 'a\\u20acb', '\\uac00\\ud55c', '\\u4e2d\\U00020000', '\\U0001F600', '\\x80', '\\ue000', '\\u0378', '\ufb01\\u00a0', '\\u1100']:\n    t(lambda: s.encode('ascii', 'namereplace'))\nt(lambda: '\u00e9\\xff'.encode('latin-1', 'namereplace'))\nt(lambda: '\\u20ac'.encode('latin-1', 'namereplace'))\nt(lambda: '\\ud800x'.encode('utf-8', 'namereplace'))\nt(lambda: b'\\xff'.decode('ascii', 'namereplace'))\nt(lambda: b'\\xff'.decode('utf-8', 'xmlcharrefreplace'))\nprint('\\N{HANGUL SYLLABLE HAN}', '\\N{CJK UNIFIED IDEOGRAPH-4E2D}'.encode('ascii', 'namereplace'))\n",
    stdout: "b'\\\\N{LATIN SMALL LETTER E WITH ACUTE}'\nb'a\\\\N{EURO SIGN}b'\nb'\\\\N{HANGUL SYLLABLE GA}\\\\N{HANGUL SYLLABLE HAN}'\nb'\\\\N{CJK UNIFIED IDEOGRAPH-4E2D}\\\\N{CJK UNIFIED IDEOGRAPH-20000}'\nb'\\\\N{GRINNING FACE}'\nb'\\\\x80'\nb'\\\\ue000'\nb'\\\\u0378'\nb'\\\\N{LATIN SMALL LIGATURE FI}\\\\N{NO-BREAK SPACE}'\nb'\\\\N{HANGUL CHOSEONG KIYEOK}'\nb'\\xe9\\xff'\nb'\\\\N{EURO SIGN}'\nb'\\\\ud800x'\nTypeError don't know how to handle UnicodeDecodeError in error callback\nTypeError don't know how to handle UnicodeDecodeError in error callback\n\ud55c b'\\\\N{CJK UNIFIED IDEOGRAPH-4E2D}'\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("namereplace handler and keys() as a list", CASES);
