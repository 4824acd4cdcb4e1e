// Weak proxies and mappingproxy are no sequences (reversed() refuses them), only weakproxy has __bytes__, and WeakMethod's _cb is a function whose callback errors leave CPython's _cb frame, as in CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Weak proxies and mappingproxy are no sequences; a callable proxy has no __bytes__; WeakMethod's _cb is a function",
    file: "proxy_protocols.py",
    source: "# Weak proxies and mappingproxy are no sequences; a callable proxy has no __bytes__; WeakMethod's _cb is a function\nimport types, weakref\nclass Seq(list):\n    def __bytes__(self):\n        return b'seq'\n    def __index__(self):\n        return 2\nclass CallableSeq(Seq):\n    def __call__(self):\n        return 'called'\ns, cs = Seq([1, 2]), CallableSeq([3])\nfor obj in (weakref.proxy(s), weakref.proxy(cs), types.MappingProxyType({0: 'a'})):\n    try:\n        reversed(obj)\n    except TypeError as e:\n        print(e)\nprint(bytes(weakref.proxy(s)), bytes(weakref.proxy(cs)), '__bytes__' in type(weakref.proxy(cs)).__dict__)\nprint(list(reversed(s)), [*weakref.proxy(s)], len(weakref.proxy(cs)))\nclass M:\n    def m(self):\n        pass\ndef failing(ref):\n    raise ValueError('callback failed')\nx = M()\nwm = weakref.WeakMethod(x.m, failing)\ndel x\nprint(wm())\ny = M()\nwm2 = weakref.WeakMethod(y.m, len)\ndel y\nprint('end')\n",
    stdout: "'weakproxy' object is not reversible\n'weakcallableproxy' object is not reversible\n'mappingproxy' object is not reversible\nb'seq' b'\\x00\\x00' False\n[2, 1] [1, 2] 1\nNone\nend\n",
    stderr: "Exception ignored in: <function WeakMethod.__new__.<locals>._cb at 0x?>\nTraceback (most recent call last):\n  File \"/root/.pyenv/versions/3.8.18/lib/python3.8/weakref.py\", line 58, in _cb\n    callback(self)\n  File \"proxy_protocols.py\", line 23, in failing\n    raise ValueError('callback failed')\nValueError: callback failed\nException ignored in: <function WeakMethod.__new__.<locals>._cb at 0x?>\nTraceback (most recent call last):\n  File \"/root/.pyenv/versions/3.8.18/lib/python3.8/weakref.py\", line 58, in _cb\n    callback(self)\nTypeError: object of type 'WeakMethod' has no len()\n",
    exit: 0,
  },
];

describeCpythonCases("weak proxy protocols and WeakMethod callbacks", CASES, [0, Number.POSITIVE_INFINITY]);
