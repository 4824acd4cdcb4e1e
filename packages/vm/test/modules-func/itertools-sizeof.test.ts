// __sizeof__ of the combinatoric iterators with their index arrays. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__sizeof__ of product, permutations, combinations and combinations_with_replacement counts their index arrays",
    file: "itertools_sizeof_01.py",
    source: "# __sizeof__ of product, permutations, combinations and combinations_with_replacement counts their index arrays\nimport itertools, sys\nfor t in (itertools.product('abc', 'de'), itertools.product('ab', repeat=3), itertools.product(),\n          itertools.permutations('abcd'), itertools.permutations('abcd', 2), itertools.permutations('', 0),\n          itertools.combinations('abcde', 3), itertools.combinations('ab', 5),\n          itertools.combinations_with_replacement('abc', 4)):\n    print(type(t).__name__, t.__sizeof__(), sys.getsizeof(t))\nclass P(itertools.product):\n    pass\nprint(P('ab', 'cd').__sizeof__(), sys.getsizeof(P('ab')))\nprint(itertools.combinations.__sizeof__.__doc__)\n",
    stdout: "product 64 80\nproduct 72 88\nproduct 48 64\npermutations 128 144\npermutations 112 128\npermutations 64 80\ncombinations 80 96\ncombinations 96 112\ncombinations_with_replacement 88 104\n80 88\nReturns size in memory, in bytes.\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("itertools combinatoric __sizeof__", CASES);
