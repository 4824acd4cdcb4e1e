// math.log1p and the inverse hyperbolic functions built on it round as x86-64 glibc's log1p does, as CPython 3.8 shows. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "math.log1p (and asinh, acosh, atanh built on it) gives glibc's last bit",
    file: "log1p_glibc.py",
    source: "# math.log1p (and asinh, acosh, atanh built on it) gives glibc's last bit\nimport math\nfor x in [0.43954121276973057, -0.2870522118123215, -0.1878738278442903, -0.24159083917334298, -0.23618465809684086,\n          0.374159337381775, 1.0000001, 3.0000002, 1e-30, -0.0, 1e300, -0.9999999999]:\n    print(repr(x), math.log1p(x).hex(), math.asinh(x).hex(), math.atanh(x).hex() if abs(x) < 1 else '', math.acosh(x + 2).hex() if x > -1 else '')\nfor x in (-1.0, -2.0, float('inf'), float('nan')):\n    try:\n        print(x, math.log1p(x))\n    except ValueError as e:\n        print(x, 'ValueError', e)\n",
    stdout: "0.43954121276973057 0x?.751178ad4c8c3p-2 0x?.b4bab5330e1bfp-2 0x?.e2fb5df674cedp-2 0x?.8a3f134d806cbp+0\n-0.2870522118123215 -0x?.5a77a8d2123bbp-2 -0x?.220c2575edd2fp-2 -0x?.2e707033317c6p-2 0x?.21f1baff25020p+0\n-0.1878738278442903 -0x?.aa301b022b117p-3 -0x?.7e898e6601707p-3 -0x?.856413bb33544p-3 0x?.337302fea78adp+0\n-0.24159083917334298 -0x?.1b2b45166128dp-2 -0x?.ea16517a41a07p-3 -0x?.f8c186863d880p-3 0x?.2a262c4adf27ap+0\n-0.23618465809684086 -0x?.13e540c176902p-2 -0x?.df517eff4c892p-3 -0x?.ed039440e2311p-3 0x?.2b1a933d1de90p+0\n0.374159337381775 0x?.457869d43d591p-2 0x?.76b8486dbd2cbp-2 0x?.92b05753bbe70p-2 0x?.8299ad5000ae6p+0\n1.0000001 0x?.62e4319d22c7fp-1 0x?.c343687703ae7p-1  0x?.c34366af76dd8p+0\n3.0000002 0x?.62e430c663337p+0 0x?.d185b61790f8fp+0  0x?.256e66fc35eb3p+1\n1e-30 0x?.4484bfeebc2a0p-100 0x?.4484bfeebc2a0p-100 0x?.4484bfeebc2a0p-100 0x?.5124271980434p+0\n-0.0 -0x?.0p+0 -0x?.0p+0 -0x?.0p+0 0x?.5124271980434p+0\n1e+300 0x?.5963447f87fb5p+9 0x?.59bbfd8b83e43p+9  0x?.59bbfd8b83e43p+9\n-0.9999999999 -0x?.7069e293f4c5cp+4 -0x?.c343661701c3ep-1 -0x?.7b8104136e732p+3 0x?.da880667f3b17p-17\n-1.0 ValueError math domain error\n-2.0 ValueError math domain error\ninf inf\nnan nan\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("math.log1p as glibc's", CASES);
