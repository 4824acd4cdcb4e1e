// product, combinations and permutations size their index arrays before iterating their arguments, as Modules/itertoolsmodule.c does: an OverflowError for a repeat too large, a MemoryError for an array past memory, never a host crash. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "product with repeat=0 iterates nothing; a repeat too large is an OverflowError and an index array past memory a MemoryError, before any argument is iterated",
    file: "product_sizes.py",
    source: "# product with repeat=0 iterates nothing; a repeat too large is an OverflowError and an index array past memory a MemoryError, before any argument is iterated\nimport itertools, sys\ndef g():\n    print(\"iterated\")\n    yield 1\nprint(list(itertools.product(g(), repeat=0)), list(itertools.product(g(), \"x\", repeat=1)))\nfor f in (lambda: itertools.product(g(), repeat=sys.maxsize), lambda: itertools.product(\"ab\", \"cd\", repeat=2**61), lambda: itertools.product(\"ab\", repeat=2**60), lambda: itertools.combinations_with_replacement(\"AA\", 2**40), lambda: itertools.permutations(\"AA\", 2**40)):\n    try:\n        f()\n        print(\"made\")\n    except Exception as e:\n        print(type(e).__name__, repr(e))\nprint(list(itertools.combinations(\"abc\", 2)), list(itertools.product(\"ab\", repeat=2)), list(itertools.permutations(\"ab\")))\n",
    stdout: "iterated\n[()] [(1, 'x')]\nOverflowError OverflowError('repeat argument too large')\nOverflowError OverflowError('repeat argument too large')\nOverflowError OverflowError('repeat argument too large')\nMemoryError MemoryError()\nMemoryError MemoryError()\n[('a', 'b'), ('a', 'c'), ('b', 'c')] [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [('a', 'b'), ('b', 'a')]\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("itertools index arrays", CASES, [0, Number.POSITIVE_INFINITY]);
