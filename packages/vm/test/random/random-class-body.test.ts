// random.triangular's early return of low, uniform's Python arithmetic, and the class-body aliases of Lib/random.py (_randbelow, getstate = setstate = _notimplemented). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Random._randbelow is _randbelow_with_getrandbits itself, and SystemRandom's getstate/setstate are its _notimplemented",
    file: "randbelow_alias.py",
    source: "# Random._randbelow is _randbelow_with_getrandbits itself, and SystemRandom's getstate/setstate are its _notimplemented\nimport random\nR = random.Random\nprint(R._randbelow, R._randbelow is R._randbelow_with_getrandbits, random.SystemRandom._randbelow is R._randbelow)\nprint(random.SystemRandom.getstate is random.SystemRandom.setstate is random.SystemRandom._notimplemented, random.SystemRandom.getstate.__name__)\nr = R(5); print(r._randbelow(10), r.randrange(100), r._randbelow.__name__)\nclass Sub(R):\n    def random(self): return 0.5\nprint(Sub._randbelow.__name__, Sub(1).randrange(10))\n",
    stdout: "<function Random._randbelow_with_getrandbits at 0x?> True True\nTrue _notimplemented\n9 32 _randbelow_with_getrandbits\n_randbelow_without_getrandbits 6\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "random.triangular returns low itself when a mode is given and high == low; without a mode it computes the midpoint form",
    file: "triangular_low.py",
    source: "# random.triangular returns low itself when a mode is given and high == low; without a mode it computes the midpoint form\nimport random\nr = random.Random(3)\nfor args in [(1, 1, 1), (1, 1), (1.5, 1.5, 7), (True, True, 0), (-0.0, -0.0), (-0.0, -0.0, 0.0), (2, 2, None), (5, 5.0, 5), (), (0, 1, 0.5), (3, 1, 2), (1, 3)]:\n    v = r.triangular(*args)\n    print(args, repr(v), type(v).__name__)\nprint(r.random())\n",
    stdout: "(1, 1, 1) 1 int\n(1, 1) 1.0 float\n(1.5, 1.5, 7) 1.5 float\n(True, True, 0) True bool\n(-0.0, -0.0) 0.0 float\n(-0.0, -0.0, 0.0) -0.0 float\n(2, 2, None) 2.0 float\n(5, 5.0, 5) 5 int\n() 0.3601069385113314 float\n(0, 1, 0.5) 0.3422944354256262 float\n(3, 1, 2) 1.093329143246225 float\n(1, 3) 1.969807720656469 float\n0.8364614512743888\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "random.uniform computes a + (b-a) * random() with Python's arithmetic: ints subtract exactly, other numbers by their own rules, a str fails in b - a",
    file: "uniform_objects.py",
    source: "# random.uniform computes a + (b-a) * random() with Python's arithmetic: ints subtract exactly, other numbers by their own rules, a str fails in b - a\nimport random\nclass N:\n    def __init__(self, v): self.v = v\n    def __sub__(self, o): print('sub', self.v, o.v); return self.v - o.v\n    def __radd__(self, o): print('radd', o); return ('N', self.v, o)\nr = random.Random(42)\nfor a, b in [(2**53, 2**53 + 3), (1, 2**53 + 1), (N(1), N(3)), (1, 10), (True, 5), (1.5, 2), (2, 1.5), (0, 10**400), ('a', 1), (1, 'b'), (1, None)]:\n    try:\n        v = r.uniform(a, b)\n        print(repr(v), type(v).__name__)\n    except (TypeError, OverflowError) as e:\n        print(type(e).__name__, e)\nprint(r.random(), random.Random.uniform.__doc__)\n",
    stdout: "9007199254740994.0 float\n225276855802116.0 float\nsub 3 1\nTypeError unsupported operand type(s) for +: 'N' and 'float'\n3.008896643339405 float\n3.9458848566560496 float\n1.8383497437114555 float\n1.5539102161475773 float\nOverflowError int too large to convert to float\nTypeError unsupported operand type(s) for -: 'int' and 'str'\nTypeError unsupported operand type(s) for -: 'str' and 'int'\nTypeError unsupported operand type(s) for -: 'NoneType' and 'int'\n0.4219218196852704 Get a random number in the range [a, b) or [a, b] depending on rounding.\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("random class body", CASES);
