// float ** and math.pow round as x86-64 glibc's pow does (exact ties, and exponents 2, 0.5 and -1 included), as CPython 3.8 shows. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "float ** and math.pow round as glibc's pow does: exact ties, and x ** 2, 0.5, -1 not one IEEE operation",
    file: "pow_glibc.py",
    source: "# float ** and math.pow round as glibc's pow does: exact ties, and x ** 2, 0.5, -1 not one IEEE operation\nimport math\nprint(121319.5 ** 3, 30435.875 ** 3, (-889532.0) ** 3, math.pow(121319.5, 3), math.pow(-889532.0, 3))\nfor x in [543.2378249767488, 0.815784903302055, 0.9076777051943616]:\n    print(repr(x ** 2), repr(x * x), x ** 2 == x * x)\nfor x in [862.8883693371858, 0.7534273182956989, 985.8249731956507]:\n    print(repr(x ** 0.5), repr(math.sqrt(x)))\nfor x in [0.8064688268129454, 270.9884565442728, 0.5207192035873943]:\n    print(repr(x ** -1), repr(1 / x))\nfor args in [(2.0, 0.5), (10.0, -2.0), (2.0, -1074.0), (2.0, -1075.0), (0.5, 1074.5), (1.0000001, 1e10), (3.0, 0.1),\n             (5e-324, 0.5), (5e-324, 2.0), (7.0, 364.0), (10.0, 400.0), (1e-300, 2.0), (2.0, 1e20), (0.5, 1e20)]:\n    try:\n        print(args, repr(args[0] ** args[1]), repr(math.pow(*args)))\n    except OverflowError as e:\n        print(args, 'OverflowError', e)\n",
    stdout: "1785631486245389.8 28194044141996.684 -7.038574762915767e+17 1785631486245389.8 -7.038574762915767e+17\n295107.3344854688 295107.33448546875 False\n0.6655050084555432 0.6655050084555433 False\n0.8238788165069024 0.8238788165069025 False\n29.374961605714244 29.37496160571424\n0.8680019114585513 0.8680019114585514\n31.39784981803134 31.397849818031343\n1.2399735324573715 1.2399735324573713\n0.0036901940870556036 0.003690194087055604\n1.9204208201093664 1.9204208201093667\n(2.0, 0.5) 1.4142135623730951 1.4142135623730951\n(10.0, -2.0) 0.01 0.01\n(2.0, -1074.0) 5e-324 5e-324\n(2.0, -1075.0) 0.0 0.0\n(0.5, 1074.5) 5e-324 5e-324\n(1.0000001, 10000000000.0) OverflowError (34, 'Numerical result out of range')\n(3.0, 0.1) 1.1161231740339044 1.1161231740339044\n(5e-324, 0.5) 2.2227587494850775e-162 2.2227587494850775e-162\n(5e-324, 2.0) 0.0 0.0\n(7.0, 364.0) 4.1274950888965186e+307 4.1274950888965186e+307\n(10.0, 400.0) OverflowError (34, 'Numerical result out of range')\n(1e-300, 2.0) 0.0 0.0\n(2.0, 1e+20) OverflowError (34, 'Numerical result out of range')\n(0.5, 1e+20) 0.0 0.0\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("float ** as glibc's pow", CASES);
