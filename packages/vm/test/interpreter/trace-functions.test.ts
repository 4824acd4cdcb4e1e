// sys.settrace/setprofile: call, line, opcode, exception and return events, local trace functions, f_trace and its flags, c_call events of builtins, in interpreted and compiled code. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "sys.setprofile: call and return events of Python functions, c_call and c_return of builtins",
    file: "profile_calls.py",
    source: "# sys.setprofile: call and return events of Python functions, c_call and c_return of builtins\nimport sys\n\ndef prof(frame, event, arg):\n    name = getattr(arg, '__name__', None) if event.startswith('c_') else frame.f_code.co_name\n    print(event, name, frame.f_lineno)\n\ndef square(x):\n    return x * x\n\ndef gen():\n    yield len([1, 2])\n    yield 3\n\ndef run():\n    a = square(3)\n    b = max(a, 4)\n    c = sum(gen())\n    d = [1, 2].count(1)\n    try:\n        int('x')\n    except ValueError:\n        pass\n    return a + b + c + d\n\nsys.setprofile(prof)\nprint(run())\nsys.setprofile(None)\nprint(sys.getprofile())\n",
    stdout: "call run 15\ncall square 8\nreturn square 9\nc_call max 17\nc_return max 17\nc_call sum 18\ncall gen 11\nc_call len 12\nc_return len 12\nreturn gen 12\ncall gen 12\nreturn gen 13\ncall gen 13\nreturn gen 13\nc_return sum 18\nc_call count 19\nc_return count 19\nreturn run 24\nc_call print 27\n24\nc_return print 27\nc_call setprofile 28\nNone\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "sys.settrace: call, line and return events of nested calls and a loop",
    file: "trace_basic.py",
    source: "# sys.settrace: call, line and return events of nested calls and a loop\nimport sys\n\ndef tracer(frame, event, arg):\n    print(event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event == 'return' else '')\n    return tracer\n\ndef add(a, b):\n    return a + b\n\ndef run(n):\n    total = 0\n    for i in range(n):\n        total = add(total, i)\n    if total > 2:\n        total -= 1\n    return total\n\nsys.settrace(tracer)\nresult = run(3)\nsys.settrace(None)\nprint('result', result, sys.gettrace())\n",
    stdout: "call run 11 \nline run 12 \nline run 13 \nline run 14 \ncall add 8 \nline add 9 \nreturn add 9 0\nline run 13 \nline run 14 \ncall add 8 \nline add 9 \nreturn add 9 1\nline run 13 \nline run 14 \ncall add 8 \nline add 9 \nreturn add 9 3\nline run 13 \nline run 15 \nline run 16 \nline run 17 \nreturn run 17 2\nresult 2 None\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "a trace function that raises stops tracing; f_locals changes made by it reach the frame",
    file: "trace_errors.py",
    source: "# a trace function that raises stops tracing; f_locals changes made by it reach the frame\nimport sys\n\ndef changer(frame, event, arg):\n    if event == 'line' and frame.f_code.co_name == 'work' and 'x' in frame.f_locals and frame.f_locals['x'] == 1:\n        frame.f_locals['x'] = 100\n    return changer\n\ndef work():\n    x = 1\n    y = x + 1\n    return x, y\n\nsys.settrace(changer)\nprint(work())\nsys.settrace(None)\n\ncount = [0]\ndef breaker(frame, event, arg):\n    count[0] += 1\n    if count[0] == 4:\n        raise RuntimeError('tracer broke')\n    print(event, frame.f_code.co_name)\n    return breaker\n\ndef victim():\n    a = 1\n    b = 2\n    return a + b\n\nsys.settrace(breaker)\ntry:\n    victim()\nexcept RuntimeError as e:\n    print('caught', e, sys.gettrace())\n    tb = e.__traceback__\n    while tb:\n        print(' ', tb.tb_frame.f_code.co_name, tb.tb_lineno)\n        tb = tb.tb_next\nprint(victim())\n",
    stdout: "(100, 101)\ncall victim\nline victim\nline victim\ncaught tracer broke None\n  <module> 33\n  victim 29\n  victim 29\n  breaker 22\n3\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "sys.settrace: exception events in every frame an exception passes, local tracers and None",
    file: "trace_exceptions.py",
    source: "# sys.settrace: exception events in every frame an exception passes, local tracers and None\nimport sys\n\ndef tracer(frame, event, arg):\n    name = frame.f_code.co_name\n    if name == 'quiet':\n        return None\n    if event == 'exception':\n        print(event, name, frame.f_lineno, arg[0].__name__, arg[1], arg[2].tb_lineno)\n    else:\n        print(event, name, frame.f_lineno)\n    return local\n\ndef local(frame, event, arg):\n    print('  local', event, frame.f_code.co_name, frame.f_lineno)\n    return local\n\ndef fail(x):\n    raise ValueError(x)\n\ndef middle():\n    try:\n        fail('a')\n    except ValueError as e:\n        print('caught', e)\n    fail('b')\n\ndef quiet():\n    return 42\n\ndef top():\n    quiet()\n    try:\n        middle()\n    except ValueError:\n        pass\n    try:\n        raise KeyError('c')\n    except KeyError:\n        raise\n    \nsys.settrace(tracer)\ntry:\n    top()\nexcept KeyError as e:\n    print('top raised', repr(e))\nsys.settrace(None)\n",
    stdout: "call top 31\n  local line top 32\n  local line top 33\n  local line top 34\ncall middle 21\n  local line middle 22\n  local line middle 23\ncall fail 18\n  local line fail 19\n  local exception fail 19\n  local return fail 19\n  local exception middle 23\n  local line middle 24\n  local line middle 25\ncaught a\n  local line middle 26\ncall fail 18\n  local line fail 19\n  local exception fail 19\n  local return fail 19\n  local exception middle 26\n  local return middle 26\n  local exception top 34\n  local line top 35\n  local line top 36\n  local line top 37\n  local line top 38\n  local exception top 38\n  local line top 39\n  local line top 40\n  local return top 40\ntop raised KeyError('c')\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "sys.settrace through a class body, a comprehension, a lambda, a with block and recursion",
    file: "trace_forms.py",
    source: "# sys.settrace through a class body, a comprehension, a lambda, a with block and recursion\nimport sys\n\ndef tracer(frame, event, arg):\n    print(event, frame.f_code.co_name, frame.f_lineno)\n    return tracer\n\nclass Ctx:\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        return False\n\ndef fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\n\ndef body():\n    class K:\n        a = 1\n        def m(self):\n            return self.a\n    sq = [x * x for x in range(2)]\n    f = lambda y: y + 1\n    with Ctx():\n        z = f(sq[1])\n    return K().m() + z + fact(3)\n\nsys.settrace(tracer)\nprint(body())\nsys.settrace(None)\n",
    stdout: "call body 17\nline body 18\ncall K 18\nline K 18\nline K 19\nline K 20\nreturn K 20\nline body 22\ncall <listcomp> 22\nline <listcomp> 22\nline <listcomp> 22\nline <listcomp> 22\nreturn <listcomp> 22\nline body 23\nline body 24\ncall __enter__ 9\nline __enter__ 10\nreturn __enter__ 10\nline body 25\ncall <lambda> 23\nline <lambda> 23\nreturn <lambda> 23\ncall __exit__ 11\nline __exit__ 12\nreturn __exit__ 12\nline body 26\ncall m 20\nline m 21\nreturn m 21\ncall fact 14\nline fact 15\ncall fact 14\nline fact 15\ncall fact 14\nline fact 15\nreturn fact 15\nreturn fact 15\nreturn fact 15\nreturn body 26\n9\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "sys.settrace on generators: a call event on every resumption, a return event on every yield",
    file: "trace_generator.py",
    source: "# sys.settrace on generators: a call event on every resumption, a return event on every yield\nimport sys\n\ndef tracer(frame, event, arg):\n    if frame.f_code.co_name in ('gen', 'outer'):\n        print(event, frame.f_code.co_name, frame.f_lineno, frame.f_lasti, repr(arg) if event != 'exception' else arg[0].__name__)\n    return tracer\n\ndef gen(n):\n    for i in range(n):\n        x = yield i\n        if x:\n            print('got', x)\n    return 'done'\n\ndef outer():\n    r = yield from gen(2)\n    yield r\n\nsys.settrace(tracer)\ng = gen(3)\nprint(next(g))\nprint(g.send('hello'))\ntry:\n    g.throw(KeyError('k'))\nexcept KeyError:\n    print('KeyError out')\nprint(list(outer()))\nsys.settrace(None)\n",
    stdout: "call gen 9 -1 None\nline gen 10 0 None\nline gen 11 12 None\nreturn gen 11 14 0\n0\ncall gen 11 14 None\nline gen 12 18 None\nline gen 13 22 None\ngot hello\nline gen 10 8 None\nline gen 11 12 None\nreturn gen 11 14 1\n1\ncall gen 11 14 None\nexception gen 11 14 KeyError\nreturn gen 11 14 None\nKeyError out\ncall outer 16 -1 None\nline outer 17 0 None\ncall gen 9 -1 None\nline gen 10 0 None\nline gen 11 12 None\nreturn gen 11 14 0\nreturn outer 17 8 0\ncall outer 17 8 None\ncall gen 11 14 None\nline gen 12 18 None\nline gen 10 8 None\nline gen 11 12 None\nreturn gen 11 14 1\nreturn outer 17 8 1\ncall outer 17 8 None\ncall gen 11 14 None\nline gen 12 18 None\nline gen 10 8 None\nline gen 14 34 None\nreturn gen 14 36 'done'\nexception outer 17 10 StopIteration\nline outer 18 14 None\nreturn outer 18 16 'done'\ncall outer 18 16 None\nreturn outer 18 22 None\n[0, 1, 'done']\n",
    stderr: "",
    exit: 0,
  },
  {
    name: "f_trace_opcodes and f_trace_lines, f_trace set on a running frame, f_lineno while traced",
    file: "trace_opcodes.py",
    source: "# f_trace_opcodes and f_trace_lines, f_trace set on a running frame, f_lineno while traced\nimport sys\n\ndef tracer(frame, event, arg):\n    if event == 'call':\n        frame.f_trace_opcodes = frame.f_code.co_name == 'ops'\n        frame.f_trace_lines = frame.f_code.co_name != 'nolines'\n    print(event, frame.f_code.co_name, frame.f_lineno, frame.f_lasti)\n    return tracer\n\ndef ops(a):\n    b = [a, a]\n    for x in b:\n        a += x\n    return a < 5\n\ndef nolines():\n    y = 1\n    y += 1\n    return y\n\ndef here():\n    f = sys._getframe()\n    print('before', f.f_trace, f.f_lineno, f.f_trace_lines, f.f_trace_opcodes)\n    f.f_trace = tracer\n    sys.settrace(tracer)\n    z = 1\n    z += 1\n    sys.settrace(None)\n    return z\n\nsys.settrace(tracer)\nprint(ops(1))\nprint(nolines())\nsys.settrace(None)\nprint(here())\nprint(sys.gettrace())\n",
    stdout: "call ops 11 -1\nline ops 12 0\nopcode ops 12 0\nopcode ops 12 2\nopcode ops 12 4\nopcode ops 12 6\nline ops 13 8\nopcode ops 13 8\nopcode ops 13 10\nopcode ops 13 12\nopcode ops 13 14\nline ops 14 16\nopcode ops 14 16\nopcode ops 14 18\nopcode ops 14 20\nopcode ops 14 22\nopcode ops 14 24\nline ops 13 12\nopcode ops 13 12\nopcode ops 13 14\nline ops 14 16\nopcode ops 14 16\nopcode ops 14 18\nopcode ops 14 20\nopcode ops 14 22\nopcode ops 14 24\nline ops 13 12\nopcode ops 13 12\nline ops 15 26\nopcode ops 15 26\nopcode ops 15 28\nopcode ops 15 30\nopcode ops 15 32\nreturn ops 15 32\nTrue\ncall nolines 17 -1\nreturn nolines 20 14\n2\nbefore None 24 True False\nline here 27 48\nline here 28 52\nline here 29 60\n2\nNone\n",
    stderr: "",
    exit: 0,
  },
];

describeCpythonCases("sys.settrace and sys.setprofile", CASES, [undefined, 0]);
