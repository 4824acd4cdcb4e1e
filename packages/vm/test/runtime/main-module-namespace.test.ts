// The names __main__ starts with, as CPython 3.8's add_main_module makes them. Expected output recorded from CPython 3.8.18 running the file directly (`PYTHONHASHSEED=0 python3.8 FILE`: the oracle runs programs in a module of its own), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "__main__ starts with an empty __annotations__ dict before __builtins__, which annotations at module level fill",
    file: "main_annotations.py",
    source: "# __main__ starts with an empty __annotations__ dict before __builtins__, which annotations at module level fill\nprint([k for k in globals() if k not in ('__loader__', '__spec__')])\nprint(__annotations__)\nx: int = 3\ny: 'str'\nprint(__annotations__, __annotations__ is globals()['__annotations__'])\ndel __annotations__\nz: float = 1.5\nprint(__annotations__)\n",
    stdout: "['__name__', '__doc__', '__package__', '__annotations__', '__builtins__', '__file__', '__cached__']\n{}\n{'x': <class 'int'>, 'y': 'str'} True\n",
    stderr: "Traceback (most recent call last):\n  File \"main_annotations.py\", line 8, in <module>\n    z: float = 1.5\nNameError: name '__annotations__' is not defined\n",
    exit: 1,
  },
];

describeCpythonCases("__main__ module namespace", CASES);
