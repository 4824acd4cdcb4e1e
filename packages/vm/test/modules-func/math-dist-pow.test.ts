// math.dist of sequences (PySequence_Tuple) and math.pow(0.0, -inf). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "math.dist takes any sequences; 0 ** -inf is a domain error",
    file: "dist_pow.py",
    source: "# math.dist takes any sequences; 0 ** -inf is a domain error\nimport math\nprint(math.dist([0,0],[3,4]), math.dist((1,), iter([4])), math.dist(range(2), [3, 5]))\ntry: math.dist([1], [1, 2])\nexcept ValueError as e: print(e)\ntry: math.dist(1, [1])\nexcept TypeError as e: print(e)\ntry: math.pow(0.0, -math.inf)\nexcept ValueError as e: print(e)\nprint(math.pow(0.5, -math.inf), math.pow(-0.0, math.inf))\n",
    stdout: "5.0 3.0 5.0\nboth points must have the same number of dimensions\n'int' object is not iterable\nmath domain error\ninf 0.0\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("math.dist and math.pow edges", CASES);
