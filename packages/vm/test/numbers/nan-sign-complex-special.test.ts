// Recorded from CPython 3.8: the sign of a parsed -nan, and complex()'s __complex__ subclass warning and __getnewargs__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "float('-nan') keeps the sign bit, as _Py_parse_inf_or_nan does",
    file: "numtext_06.py",
    source: "# float('-nan') keeps the sign bit, as _Py_parse_inf_or_nan does\nimport math\nfor s in ['nan', '-nan', '+nan', '  -NaN ', '-NAN', b'-nan']:\n    x = float(s)\n    print(repr(s), x, math.copysign(1.0, x), math.copysign(1.0, -x))\nprint(math.copysign(1.0, complex('-nanj').imag), math.copysign(1.0, complex('-nan').real))\n",
    stdout: "'nan' nan 1.0 -1.0\n'-nan' nan -1.0 1.0\n'+nan' nan 1.0 -1.0\n'  -NaN ' nan -1.0 1.0\n'-NAN' nan -1.0 1.0\nb'-nan' nan -1.0 1.0\n-1.0 -1.0\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "complex(): __complex__ returning a complex subclass warns (DeprecationWarning), and complex.__getnewargs__",
    file: "numtext_09.py",
    source: "# complex(): __complex__ returning a complex subclass warns (DeprecationWarning), and complex.__getnewargs__\nimport warnings\nclass C1(complex):\n    def __new__(cls, value=0j):\n        return complex.__new__(cls, 2 * value)\n    def __complex__(self):\n        return self\nwith warnings.catch_warnings(record=True) as w:\n    warnings.simplefilter('always')\n    print(complex(C1(1j)), type(complex(C1(1j))).__name__)\nprint(len(w), w[0].category.__name__, w[0].message)\nwarnings.simplefilter('error')\ntry:\n    complex(C1(1j))\nexcept DeprecationWarning as e:\n    print('raised:', e)\nfor z in [1 + 2j, 1 - 2j, 2j, -0j, complex(0, float('inf')), C1(3)]:\n    print(z.__getnewargs__())\n",
    stdout: "2j complex\n2 DeprecationWarning __complex__ returned non-complex (type C1).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.\nraised: __complex__ returned non-complex (type C1).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.\n(1.0, 2.0)\n(1.0, -2.0)\n(0.0, 2.0)\n(-0.0, -0.0)\n(0.0, inf)\n(6.0, 0.0)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("float nan sign and complex special methods", CASES);
