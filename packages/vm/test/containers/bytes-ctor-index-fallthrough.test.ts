// bytes_new and bytearray_init try __index__ first and fall through on TypeError (bpo-29159); int.from_bytes has no int case. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "bytes() and bytearray() try __index__ first; a TypeError from it falls through to the buffer and iterable cases",
    file: "bytes_ctor_index_fallthrough.py",
    source: "# bytes() and bytearray() try __index__ first; a TypeError from it falls through to the buffer and iterable cases\nclass B(bytes):\n    def __index__(self):\n        raise TypeError('idx')\nclass BV(bytes):\n    def __index__(self):\n        raise ValueError('idx')\nclass L(list):\n    def __index__(self):\n        raise TypeError('idx')\nclass L2(list):\n    def __index__(self):\n        return 2\nclass N:\n    def __index__(self):\n        raise TypeError('nope')\nclass BA(bytearray):\n    def __index__(self):\n        raise TypeError\nfor T in (bytes, bytearray):\n    for arg in (B(b'foo'), BV(b'foo'), L([1, 2]), L2([1, 2]), N(), BA(b'xy'), L([7])):\n        try:\n            r = T(arg)\n            print(T.__name__, type(arg).__name__, r)\n        except Exception as e:\n            print(T.__name__, type(arg).__name__, type(e).__name__, e)\nprint(bytes(L([65])) is b'A', bytes(L2([1])) is bytes(1))\nb = bytearray(b'abc')\ntry:\n    b.__init__(N())\nexcept Exception as e:\n    print(type(e).__name__, e, b)\nb.__init__(L([5]))\nprint(b)\nfor data in (L([1, 2]), L2([1, 2]), 5, 'ab', N(), B(b'\\x01\\x02'), (3, 4), iter([5, 6])):\n    try:\n        print(type(data).__name__, int.from_bytes(data, 'big'))\n    except Exception as e:\n        print(type(data).__name__, type(e).__name__, e)\n",
    stdout: "bytes B b'foo'\nbytes BV ValueError idx\nbytes L b'\\x01\\x02'\nbytes L2 b'\\x00\\x00'\nbytes N TypeError cannot convert 'N' object to bytes\nbytes BA b'xy'\nbytes L b'\\x07'\nbytearray B bytearray(b'foo')\nbytearray BV ValueError idx\nbytearray L bytearray(b'\\x01\\x02')\nbytearray L2 bytearray(b'\\x00\\x00')\nbytearray N TypeError cannot convert 'N' object to bytearray\nbytearray BA bytearray(b'xy')\nbytearray L bytearray(b'\\x07')\nTrue False\nTypeError cannot convert 'N' object to bytearray bytearray(b'')\nbytearray(b'\\x05')\nL 258\nL2 258\nint TypeError cannot convert 'int' object to bytes\nstr TypeError cannot convert 'str' object to bytes\nN TypeError cannot convert 'N' object to bytes\nB 258\ntuple 772\nlist_iterator 1286\n",
    stderr: "bytes_ctor_index_fallthrough.py:27: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(bytes(L([65])) is b'A', bytes(L2([1])) is bytes(1))\n",
    exit: 0,
  },
];

describeCpythonCases("bytes and bytearray constructors and __index__", CASES);
