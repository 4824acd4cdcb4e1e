// random.SystemRandom as Lib/random.py defines it (its entropy deterministic in corosim). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "random.SystemRandom: a Random subclass with random/getrandbits/seed of its own and no state",
    file: "system_random.py",
    source: "# random.SystemRandom: a Random subclass with random/getrandbits/seed of its own and no state\nimport random\nr = random.SystemRandom()\nprint(type(r), random.SystemRandom.__mro__)\nprint(0 <= r.random() < 1, 0 <= r.getrandbits(5) < 32, r.getrandbits(70).bit_length() <= 70, r.randrange(10) in range(10))\nprint(r.seed(1, 2, x=3), r.choice('abc') in 'abc', sorted(r.sample(range(5), 5)), 0 <= r.uniform(1, 2) <= 2)\nprint(random.SystemRandom.getstate.__name__, random.SystemRandom.getstate is random.SystemRandom.setstate)\nprint([n for n in vars(random.SystemRandom) if not n.startswith('__')], random.SystemRandom.random.__qualname__)\nfor f, a in [(r.getstate, ()), (r.setstate, (None,)), (r.getrandbits, ()), (r.getrandbits, (0,)), (r.getrandbits, (-1,)),\n             (r.getrandbits, (10.1,)), (r.getrandbits, (1, 2)), (r.random, (1,)), (r.__reduce__, ())]:\n    try:\n        f(*a)\n    except Exception as e:\n        print(type(e).__name__, e)\nprint('SystemRandom' in random.__all__, random.SystemRandom.__basicsize__, random.SystemRandom.__doc__.split('\\n')[0])\nclass S(random.SystemRandom):\n    pass\ns = S()\nprint(0 <= s.random() < 1, s.gauss_next, isinstance(s, random.Random))\n",
    stdout: "<class 'random.SystemRandom'> (<class 'random.SystemRandom'>, <class 'random.Random'>, <class '_random.Random'>, <class 'object'>)\nTrue True True True\nNone True [0, 1, 2, 3, 4] True\n_notimplemented True\n['random', 'getrandbits', 'seed', '_notimplemented', 'getstate', 'setstate', '_randbelow'] SystemRandom.random\nNotImplementedError System entropy source does not have state.\nNotImplementedError System entropy source does not have state.\nTypeError getrandbits() missing 1 required positional argument: 'k'\nValueError number of bits must be greater than zero\nValueError number of bits must be greater than zero\nTypeError integer argument expected, got float\nTypeError getrandbits() takes 2 positional arguments but 3 were given\nTypeError random() takes 1 positional argument but 2 were given\nNotImplementedError System entropy source does not have state.\nTrue 2536 Alternate random number generator using sources provided\nTrue None True\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("random.SystemRandom", CASES);
