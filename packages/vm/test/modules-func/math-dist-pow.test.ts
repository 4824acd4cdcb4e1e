// math.dist of sequences (PySequence_Tuple) and math.pow(0.0, -inf). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describe, expect, it } from 'vitest';
import { normalizeAddresses, runPython } from '../support/run-python.ts';

const CASES: readonly { readonly name: string; readonly file: string; readonly source: string; readonly stdout: string; readonly stderr: string; readonly exit: number }[] = [
  {
    name: "math.dist takes any sequences; 0 ** -inf is a domain error",
    file: "dist_pow.py",
    source: "# math.dist takes any sequences; 0 ** -inf is a domain error\nimport math\nprint(math.dist([0,0],[3,4]), math.dist((1,), iter([4])), math.dist(range(2), [3, 5]))\ntry: math.dist([1], [1, 2])\nexcept ValueError as e: print(e)\ntry: math.dist(1, [1])\nexcept TypeError as e: print(e)\ntry: math.pow(0.0, -math.inf)\nexcept ValueError as e: print(e)\nprint(math.pow(0.5, -math.inf), math.pow(-0.0, math.inf))\n",
    stdout: "5.0 3.0 5.0\nboth points must have the same number of dimensions\n'int' object is not iterable\nmath domain error\ninf 0.0\n",
    stderr: "",
    exit: 0,
  },
];

describe("math.dist and math.pow edges", () => {
  for (const c of CASES) {
    it(`behaves as CPython 3.8: ${c.name}`, () => {
      const run = runPython(c.source, c.file, true);
      expect(normalizeAddresses(run.stdout)).toBe(c.stdout);
      expect(normalizeAddresses(run.stderr)).toBe(c.stderr);
      expect(run.exitCode).toBe(c.exit);
    });
  }
});
