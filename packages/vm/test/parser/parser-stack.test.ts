// Nesting past CPython 3.8's parser stack (Parser/parser.h MAXSTACK, 1700 entries): the s_push message on stderr, then MemoryError, at the same depth for every kind of nesting. Expected output recorded from CPython 3.8.18 through the oracle (`PYTHONHASHSEED=0 python3.8 oracle/run_scenario.py FILE`), addresses as 0x?.
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/index.ts';
import { describeCpythonCases, type CpythonCase } from '../support/cpython-cases.ts';

const CASES: readonly CpythonCase[] = [
  {
    name: "The parser stack overflows where CPython's (1700 entries) does, for each kind of nesting",
    file: "pgen_thresholds.py",
    source: "# The parser stack overflows where CPython's (1700 entries) does, for each kind of nesting\nT = {\n 'list': lambda n: 'x = ' + '[' * n + ']' * n,\n 'paren': lambda n: 'x = ' + '(' * n + '1' + ')' * n,\n 'set': lambda n: 'x = ' + '{' * n + '1' + '}' * n,\n 'dict': lambda n: 'x = ' + '{1:' * n + '1' + '}' * n,\n 'call': lambda n: 'x = ' + 'f(' * n + ')' * n,\n 'callkw': lambda n: 'x = ' + 'f(a=' * n + '1' + ')' * n,\n 'slice': lambda n: 'x = ' + 'a[1:' * n + '1' + ']' * n,\n 'pow': lambda n: 'x = ' + '2**' * n + '1',\n 'lambda': lambda n: 'x = ' + 'lambda: ' * n + '1',\n 'stmt': lambda n: '[' * n + ']' * n,\n 'def': lambda n: 'def f():\\n    if x:\\n        for a in b:\\n            return ' + '[' * n + ']' * n,\n 'listcomp': lambda n: 'x = ' + '[a for a in ' * n + 'b' + ']' * n,\n 'star': lambda n: 'x = ' + '[*' * n + 'a' + ']' * n,\n 'binop': lambda n: 'x = ' + '1 + (' * n + '1' + ')' * n,\n 'yield': lambda n: 'def f():\\n    x = ' + '(yield ' * n + '1' + ')' * n,\n 'fstring': lambda n: 'x = f\"{' + '[' * n + ']' * n + '}\"',\n 'walrus': lambda n: 'x = ' + '(y := ' * n + '1' + ')' * n,\n 'decorator': lambda n: '@' + 'd(' * n + ')' * n + '\\ndef f(): pass',\n 'default': lambda n: 'def f(a=' + '[' * n + ']' * n + '): pass',\n}\ndef outcome(src):\n    try:\n        compile(src + '\\n', 's', 'exec')\n        return 'ok'\n    except MemoryError as e:\n        return 'MemoryError%r' % (e.args,)\n# The first depth that overflows, as CPython 3.8 shows it (each is checked on both sides).\nFIRST = dict(list=100, paren=99, set=105, dict=105, call=100, callkw=99, slice=99, pow=840, lambda_=840, stmt=100,\n             def_=100, listcomp=99, star=140, binop=99, yield_=94, fstring=100, walrus=99, decorator=101, default=100)\nfor name, t in T.items():\n    n = FIRST[name + '_' if name in ('lambda', 'def', 'yield') else name]\n    print(name, n, outcome(t(n - 1)), outcome(t(n)))\n",
    stdout: "list 100 ok MemoryError()\nparen 99 ok MemoryError()\nset 105 ok MemoryError()\ndict 105 ok MemoryError()\ncall 100 ok MemoryError()\ncallkw 99 ok MemoryError()\nslice 99 ok MemoryError()\npow 840 ok MemoryError()\nlambda 840 ok MemoryError()\nstmt 100 ok MemoryError()\ndef 100 ok MemoryError()\nlistcomp 99 ok MemoryError()\nstar 140 ok MemoryError()\nbinop 99 ok MemoryError()\nyield 94 ok MemoryError()\nfstring 100 ok MemoryError()\nwalrus 99 ok MemoryError()\ndecorator 101 ok MemoryError()\ndefault 100 ok MemoryError()\n",
    stderr: "s_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\n",
    exit: 0,
  },
  {
    name: "eval() and exec() hit the parser stack limit too; other errors before the overflow win",
    file: "pgen_modes.py",
    source: "# eval() and exec() hit the parser stack limit too; other errors before the overflow win\nimport sys\ntry:\n    eval('[' * 120 + ']' * 120)\nexcept MemoryError as e:\n    print('eval', type(e).__name__, e.args)\ntry:\n    exec('not ' * 2000 + 'x')\nexcept MemoryError as e:\n    print('exec', type(e).__name__, e.args)\ntry:\n    compile('x = )\\n' + '[' * 120 + ']' * 120, 's', 'exec')\nexcept SyntaxError as e:\n    print('syntax first', e.msg, e.lineno)\ntry:\n    compile('(' * 300, 's', 'exec')\nexcept BaseException as e:\n    print('parens', type(e).__name__, e.args)\nprint(eval('[' * 50 + ']' * 50))\n",
    stdout: "eval MemoryError ()\nexec MemoryError ()\nsyntax first unmatched ')' 1\nparens MemoryError ()\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
    stderr: "s_push: parser stack overflow\ns_push: parser stack overflow\ns_push: parser stack overflow\n",
    exit: 0,
  },
];

describeCpythonCases("the parser stack limit", CASES);

describe('a main program past the parser stack', () => {
  it('writes what `python3.8 FILE` writes (the s_push line, then MemoryError) and exits 1 before running', () => {
    const source = `print("never")\nx = ${'['.repeat(100)}${']'.repeat(100)}\n`;
    let stdout = '';
    let stderr = '';
    const outcome = runMain(source, { filename: 'deep.py', write: (stream, text) => { if (stream === 'stdout') stdout += text; else stderr += text; } });
    expect(outcome).toEqual({ status: 'exited', exitCode: 1 });
    expect([stdout, stderr]).toEqual(['', 's_push: parser stack overflow\nMemoryError\n']);
  });
});
