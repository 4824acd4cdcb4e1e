// namedtuple's methods and the library functions left out of NATIVE_PY_CODES keep CPython's docstrings. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "The docstrings of functions CPython writes in Python: namedtuple's methods (some naming the class) and library functions whose defaults are functions",
    file: "function_docs.py",
    source: "# The docstrings of functions CPython writes in Python: namedtuple's methods (some naming the class) and library functions whose defaults are functions\nimport collections, inspect, collections.abc\nP = collections.namedtuple('P', 'x y')\nfor f in [P._make, P._replace, P._asdict, P.__repr__, P.__getnewargs__, P.__new__]:\n    print(f.__qualname__, repr(f.__doc__))\nprint(repr(P.__doc__), repr(P.x.__doc__))\nclass Q(collections.namedtuple('Q', ['a'])):\n    \"mine\"\nprint(Q.__doc__, Q._make.__doc__, Q._replace.__doc__)\nA = inspect.ArgInfo\nprint(A._make.__doc__, A._asdict.__doc__)\nprint(inspect.formatargspec.__doc__.splitlines()[0])\nprint(inspect.formatargvalues.__doc__.splitlines()[0])\nprint(collections.abc.MutableMapping.pop.__doc__.splitlines()[0])\n",
    stdout: "P._make 'Make a new P object from a sequence or iterable'\nP._replace 'Return a new P object replacing specified fields with new values'\nP._asdict 'Return a new dict which maps field names to their values.'\nP.__repr__ 'Return a nicely formatted representation string'\nP.__getnewargs__ 'Return self as a plain tuple.  Used by copy and pickle.'\nP.__new__ 'Create new instance of P(x, y)'\n'P(x, y)' 'Alias for field number 0'\nmine Make a new Q object from a sequence or iterable Return a new Q object replacing specified fields with new values\nMake a new ArgInfo object from a sequence or iterable Return a new dict which maps field names to their values.\nFormat an argument spec from the values returned by getfullargspec.\nFormat an argument spec from the 4 values returned by getargvalues.\nD.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("docstrings of Python-written library functions", CASES);
