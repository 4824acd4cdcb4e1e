// abs(complex) and complex powers take the modulus from glibc's hypot, as CPython 3.8 does. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "abs(complex) and complex powers round their modulus as glibc's hypot does, not correctly",
    file: "complex_abs_glibc.py",
    source: "# abs(complex) and complex powers round their modulus as glibc's hypot does, not correctly\nfor z in [complex(840.6879894493557, -900.2029946446102), complex(-322.03381133151686, 60.6),\n          complex(-915356.0, 838955.0), complex(870327.0, 867319.0), complex(1e300, 1e300), complex(3e-320, 4e-320)]:\n    print(repr(abs(z)), (abs(z)).hex())\nprint((-915356+838955j) ** 0.5)\nprint((840.6879894493557-900.2029946446102j) ** 3.5)\n",
    stdout: "1231.7149537013522 0x?.33edc1cd2b5d9p+10\n327.6860321110788 0x?.47af9fcce916ep+8\n1241661.024096754 0x?.2f23d062b3472p+20\n1228703.1108815505 0x?.2bf9f1c62bbb9p+20\n1.4142135623730952e+300 0x?.0e4d50f99b211p+997\n5e-320 0x?.0000000002788p-1022\n(403.92141815998934+1038.512644144681j)\n(-63151777144.65646-17688227769.959656j)\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("abs(complex) as glibc's hypot", CASES);
