// wrapper_descriptor and method-wrapper attributes: __doc__ (None for __del__), __name__, __qualname__, __objclass__, __self__. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "slot wrappers and method-wrappers have __doc__, __name__, __qualname__, __objclass__ (and __self__)",
    file: "slot_wrapper_attributes.py",
    source: "# slot wrappers and method-wrappers have __doc__, __name__, __qualname__, __objclass__ (and __self__)\ng = (x for x in [])\nprint(g.__next__.__doc__)\nprint(type(g).__next__.__doc__, g.__iter__.__doc__, g.__repr__.__doc__)\nprint(g.__del__.__doc__, type(g).__del__.__doc__)\nprint(int.__add__.__doc__, (1).__add__.__doc__)\nprint(int.__add__.__name__, (1).__add__.__name__, (1).__add__.__self__, int.__add__.__objclass__, int.__add__.__qualname__, (1).__add__.__qualname__)\nprint(object.__init__.__doc__)\nprint(list.__len__.__qualname__, [].__len__.__objclass__)\n",
    stdout: "Implement next(self).\nImplement next(self). Implement iter(self). Return repr(self).\nNone None\nReturn self+value. Return self+value.\n__add__ __add__ 1 <class 'int'> int.__add__ int.__add__\nInitialize self.  See help(type(self)) for accurate signature.\nlist.__len__ <class 'list'>\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("slot wrapper attributes", CASES);
