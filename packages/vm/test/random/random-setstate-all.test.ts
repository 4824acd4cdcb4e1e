// Random.setstate turns a ValueError met while reducing a version-2 state into 'raise TypeError from e', and random has Lib/random.py's __all__ (without SystemRandom). Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "Random.setstate checks a version-2 state as Lib/random.py does; random.__all__ drives the star import",
    file: "random_setstate_all.py",
    source: "# Random.setstate checks a version-2 state as Lib/random.py does; random.__all__ drives the star import\nimport random\ng = random.Random()\nstart = g.getstate()\nfor st in [(2, (1,)*624+(625,), None), (2, (1,)*624+(-1,), None), (2, (0,)*624+(624,), None), (2, (0,)*624+(0,), None), (2, (2**40,)*624+(1,), None), (3, (0,)*625, None), (2, (0,)*625, 'x'), (1, (0,)*625, None)]:\n    try:\n        g.setstate(st); print('ok', g.random())\n    except Exception as e:\n        print(type(e).__name__, e)\ng.setstate(start)\nprint([n for n in random.__all__ if n != 'SystemRandom'])\nstate_values = list(g.getstate()[1])\nstate_values[-1] = float('nan')\ntry:\n    g.setstate((2, (int(x) for x in state_values), None))\nexcept TypeError as e:\n    print(repr(e), repr(e.__cause__), e.__suppress_context__)\nfrom random import *\nprint(sorted(k for k in dir() if not k.startswith('_') and k != 'SystemRandom'))\n",
    stdout: "ValueError invalid state\nValueError invalid state\nok 0.0\nok 0.0\nok 0.0\nok 0.0\nok 0.0\nValueError state with version 1 passed to Random.setstate() of version 3\n['Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange', 'shuffle', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'triangular', 'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'choices']\nTypeError() ValueError('cannot convert float NaN to integer') True\n['Random', 'betavariate', 'choice', 'choices', 'expovariate', 'g', 'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randint', 'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'st', 'start', 'state_values', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate']\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("random: setstate version 2 and __all__", CASES, [0, Number.POSITIVE_INFINITY]);
