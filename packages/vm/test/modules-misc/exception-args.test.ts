// BaseException.args assignment and sys.exit argument tuples against CPython 3.8. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "BaseException.args assignment converts to a tuple; sys.exit and raise pass tuples as the argument list",
    file: "exception_args.py",
    source: "# BaseException.args assignment converts to a tuple; sys.exit and raise pass tuples as the argument list\nimport sys\ne = Exception('a')\ne.args = 'xyz'\nprint(e.args, str(e))\ne.args = [1, 2]\nprint(e.args, repr(e))\ne.args = ()\nprint(e.args, repr(str(e)))\nfor bad in (5, None):\n    try:\n        e.args = bad\n    except TypeError as err:\n        print('TypeError', err)\ntry:\n    del e.args\nexcept TypeError as err:\n    print('TypeError', err)\nclass G:\n    def __iter__(self):\n        yield 'g1'; yield 'g2'\ne.args = G()\nprint(e.args)\nfor arg in [None, 0, 'msg', (1, 2), (), ((3,),), [4]]:\n    try:\n        sys.exit(arg)\n    except SystemExit as se:\n        print(repr(se), repr(se.code), se.args)\ntry:\n    try:\n        raise KeyError('handled')\n    except KeyError:\n        sys.exit((5, 6))\nexcept SystemExit as se:\n    print(repr(se), se.code, repr(se.__context__))\nsys.exit(('a', 'b'))\n",
    stdout: "('x', 'y', 'z') ('x', 'y', 'z')\n(1, 2) Exception(1, 2)\n() ''\nTypeError 'int' object is not iterable\nTypeError 'NoneType' object is not iterable\nTypeError args may not be deleted\n('g1', 'g2')\nSystemExit() None ()\nSystemExit(0) 0 (0,)\nSystemExit('msg') 'msg' ('msg',)\nSystemExit(1, 2) (1, 2) (1, 2)\nSystemExit() None ()\nSystemExit((3,)) (3,) ((3,),)\nSystemExit([4]) [4] ([4],)\nSystemExit(5, 6) (5, 6) KeyError('handled')\n",
    stderr: "('a', 'b')\n",
    exit: 1,
  },
];

describeCpythonCases("exception args and SystemExit arguments", CASES);
