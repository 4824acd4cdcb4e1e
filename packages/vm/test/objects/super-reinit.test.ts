// super_init replaces the type, object and object type it held (Py_XSETREF), so a re-initialised super releases the old ones. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "calling super.__init__ again on a super object replaces its type and object, dropping the old ones",
    file: "super_reinit.py",
    source: "# calling super.__init__ again on a super object replaces its type and object, dropping the old ones\nimport sys\nsp = super(float, 1.0)\nprint(sp)\nfor i in range(1000, 1100):\n    super.__init__(sp, int, i)\nprint(sp, sp.__self__, sp.__self_class__, sp.__thisclass__)\nclass A:\n    pass\na = A()\nbefore = sys.getrefcount(a)\nsuper.__init__(sp, A, a)\nprint(sys.getrefcount(a) - before)\nsuper.__init__(sp, int)\nprint(sys.getrefcount(a) - before, sp.__self__, sp.__thisclass__)\ntry:\n    super.__init__(sp, int, 'x')\nexcept TypeError as e:\n    print(e)\nprint(sp.__thisclass__, sp.__self__)\n",
    stdout: "<super: <class 'float'>, <float object>>\n<super: <class 'int'>, <int object>> 1099 <class 'int'> <class 'int'>\n1\n0 None <class 'int'>\nsuper(type, obj): obj must be an instance or subtype of type\n<class 'int'> None\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("super.__init__ called again", CASES, [0, Number.POSITIVE_INFINITY]);
