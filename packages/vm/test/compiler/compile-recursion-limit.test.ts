// The symbol table walk counts nesting against 3 x the recursion limit from the caller's depth, raising CPython 3.8's RecursionError during compilation. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "compile() refuses expressions nested past 3 x the recursion limit: RecursionError during compilation",
    file: "robust_07.py",
    source: "# compile() refuses expressions nested past 3 x the recursion limit: RecursionError during compilation\nimport sys\ndef check(label, src, mode='eval'):\n    try:\n        compile(src, '<s>', mode)\n        print(label, 'ok')\n    except (RecursionError, SyntaxError) as e:\n        print(label, type(e).__name__, e)\nfor n in (100, 2000, 2900, 3000, 5000):\n    check('attr %d' % n, 'a' + '.b' * n)\n    check('call %d' % n, 'a' + '()' * n)\n    check('sub %d' % n, 'a' + '[0]' * n)\n    check('mul %d' % n, 'a' + '*a' * n, 'exec')\nold = sys.getrecursionlimit()\nsys.setrecursionlimit(300)\ncheck('attr 850 at limit 300', 'a' + '.b' * 850)\ncheck('attr 950 at limit 300', 'a' + '.b' * 950)\nsys.setrecursionlimit(old)\ndef deep(n):\n    if n:\n        return deep(n - 1)\n    check('attr 1500 from depth 400', 'a' + '.b' * 1500)\n    check('attr 2700 from depth 400', 'a' + '.b' * 2700)\ndeep(400)\ntry:\n    eval('x' + '.y' * 5000)\nexcept RecursionError as e:\n    print('eval', e)\ntry:\n    exec('x = 1' + ' + 1' * 10 + '\\n' + 'y = a' + '[0]' * 4000)\nexcept RecursionError as e:\n    print('exec', e)\n",
    stdout: "attr 100 ok\ncall 100 ok\nsub 100 ok\nmul 100 ok\nattr 2000 ok\ncall 2000 ok\nsub 2000 ok\nmul 2000 ok\nattr 2900 ok\ncall 2900 ok\nsub 2900 ok\nmul 2900 ok\nattr 3000 RecursionError maximum recursion depth exceeded during compilation\ncall 3000 RecursionError maximum recursion depth exceeded during compilation\nsub 3000 RecursionError maximum recursion depth exceeded during compilation\nmul 3000 RecursionError maximum recursion depth exceeded during compilation\nattr 5000 RecursionError maximum recursion depth exceeded during compilation\ncall 5000 RecursionError maximum recursion depth exceeded during compilation\nsub 5000 RecursionError maximum recursion depth exceeded during compilation\nmul 5000 RecursionError maximum recursion depth exceeded during compilation\nattr 850 at limit 300 ok\nattr 950 at limit 300 RecursionError maximum recursion depth exceeded during compilation\nattr 1500 from depth 400 ok\nattr 2700 from depth 400 RecursionError maximum recursion depth exceeded during compilation\neval maximum recursion depth exceeded during compilation\nexec maximum recursion depth exceeded during compilation\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("compile recursion limit", CASES);
