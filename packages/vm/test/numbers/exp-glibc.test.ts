// math.exp and what is built on it (cosh, erfc, complex powers) round as x86-64 glibc's exp does, as CPython 3.8 shows. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "math.exp (and cosh, erfc, complex exp built on it) gives glibc's last bit, not the correctly rounded one",
    file: "exp_glibc.py",
    source: "# math.exp (and cosh, erfc, complex exp built on it) gives glibc's last bit, not the correctly rounded one\nimport math\nfor x in [0.0943867943430543, -0.2951554768114716, -47.92011079974026, -468.56454234263407, 129.50388829851022,\n          22.924767705049973, -402.9481048949708, 0.9055093961806822, -518.8431494341581, -708.5, -740.0, -745.1,\n          -745.2, 709.78, 1e-300, -0.0, 600.0, -600.0]:\n    print(repr(x), math.exp(x).hex(), repr(math.exp(x)))\nprint(math.cosh(float.fromhex('0x1.d4a11ab615ba5p+4')).hex())\nprint(math.erfc(float.fromhex('0x1.dbf8ea1e33fc0p+2')).hex(), math.erfc(float.fromhex('0x1.d69a8a5cc97afp+0')).hex())\nz = complex(0.0943867943430543, 2.5)\nprint(repr((2.718281828459045 + 0j) ** z))\nfor x in (710.0, 1e308, float('inf'), -float('inf'), float('nan')):\n    try:\n        print(x, math.exp(x))\n    except OverflowError as e:\n        print(x, 'OverflowError', e)\n",
    stdout: "0.0943867943430543 0x?.19571071b8cb1p+0 1.098984744800685\n-0.2951554768114716 0x?.7d2412a6d58afp-1 0.7444158390669794\n-47.92011079974026 0x?.d28d49cd51468p-70 1.5436907701357573e-21\n-468.56454234263407 0x?.00c1babbdb2f5p-676 3.198930797369723e-204\n129.50388829851022 0x?.c88bdb8406695p+186 1.749137992461158e+56\n22.924767705049973 0x?.0d5ee0c77169bp+33 9038578062.886038\n-402.9481048949708 0x?.96f780e4555b3p-582 1.0042955786493109e-175\n0.9055093961806822 0x?.3c918978456afp+1 2.473191436506418\n-518.8431494341581 0x?.61fd38a0a845cp-749 4.669638139528157e-226\n-708.5 0x?.e6cf6d08897acp-1022 2.006132305331306e-308\n-740.0 0x?.0000000000055p-1022 4.2e-322\n-745.1 0x?.0000000000001p-1022 5e-324\n-745.2 0x?.0p+0 0.0\n709.78 0x?.fe9ce5c4c52b4p+1023 1.7928227943945155e+308\n1e-300 0x?.0000000000000p+0 1.0\n-0.0 0x?.0000000000000p+0 1.0\n600.0 0x?.88a122d234b39p+865 3.7730203009299397e+260\n-600.0 0x?.4dd4d0d12c071p-866 2.6503965530043108e-261\n0x?.319d95678c3e5p+41\n0x?.62ea820740357p-84 0x?.31b471353c4d8p-7\n(-0.8804446118805449+0.6577117565584054j)\n710.0 OverflowError math range error\n1e+308 OverflowError math range error\ninf inf\n-inf 0.0\nnan nan\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("math.exp as glibc's", CASES);
