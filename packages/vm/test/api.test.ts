import { describe, expect, it } from 'vitest';
import { compile, disassemble, runMain } from '../src/index.ts';

describe('compile', () => {
  it('compiles a module to its code object', () => {
    const outcome = compile('x = 1\n', 'x.py');
    expect(outcome.status === 'ok' && [outcome.code.name, outcome.code.names, outcome.code.filename]).toEqual(['<module>', ['x'], 'x.py']);
  });

  it('reports a syntax error as data, with the text python3.8 prints', () => {
    expect(compile('x = = 1\n', 'bad.py')).toEqual({
      status: 'syntax-error',
      diagnostic: { type: 'SyntaxError', msg: 'invalid syntax', filename: 'bad.py', lineno: 1, offset: 5, text: 'x = = 1\n' },
      stderr: '  File "bad.py", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n',
    });
  });

  it('reports an error without a location as its last line only', () => {
    const source = Array.from({ length: 21 }, (_, depth) => `${'    '.repeat(depth)}while x:\n`).join('') + `${'    '.repeat(21)}pass\n`;
    const outcome = compile(source, 'deep.py');
    expect(outcome.status === 'syntax-error' && outcome.stderr).toBe('SyntaxError: too many statically nested blocks\n');
  });
});

describe('disassemble', () => {
  it('prints the listing of dis.dis', () => {
    expect(disassemble('x = 1\n', 'x.py')).toEqual({
      status: 'ok',
      listing:
        '  1           0 LOAD_CONST               0 (1)\n' +
        '              2 STORE_NAME               0 (x)\n' +
        '              4 LOAD_CONST               1 (None)\n' +
        '              6 RETURN_VALUE\n',
      stderr: '',
    });
  });

  it('shows the SyntaxWarnings python3.8 -m dis shows, each time, with their source line', () => {
    const outcome = disassemble('x = 1\nif x is 1:\n    y = "\\d" if x is 1 else x is 1\n', 'w.py');
    expect(outcome.stderr).toBe(
      'w.py:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  if x is 1:\n' +
        'w.py:3: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  y = "\\d" if x is 1 else x is 1\n'.repeat(2),
    );
  });
});

describe('runMain', () => {
  it('fails a program that does not compile as python3.8 FILE does', () => {
    const written: [string, string][] = [];
    const outcome = runMain('def f(:\n', { filename: 'bad.py', write: (stream, text) => written.push([stream, text]) });
    expect(outcome).toEqual({ status: 'exited', exitCode: 1 });
    expect(written).toEqual([['stderr', '  File "bad.py", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n']]);
  });

  it('runs a program, writing its output in order and returning its exit status', () => {
    const written: string[] = [];
    expect(runMain('print(1)\nimport sys\nprint(2, file=sys.stderr)\n', { filename: 'one.py', write: (stream, text) => written.push(`${stream}:${text}`) })).toEqual({
      status: 'exited',
      exitCode: 0,
    });
    expect(written).toEqual(['stdout:1\n', 'stderr:2\n']);
  });

  it('prints an uncaught exception with its traceback and exits with status 1', () => {
    let err = '';
    const outcome = runMain('def f():\n    1 / 0\nf()\n', { filename: 'boom.py', write: (stream, text) => { if (stream === 'stderr') err += text; } });
    expect(outcome).toEqual({ status: 'exited', exitCode: 1 });
    expect(err).toBe('Traceback (most recent call last):\n  File "boom.py", line 3, in <module>\n    f()\n  File "boom.py", line 2, in f\n    1 / 0\nZeroDivisionError: division by zero\n');
  });
});

describe('compile of a tree too deep for the host stack', () => {
  it('fails with the RecursionError CPython gives, not a JavaScript error', () => {
    const source = `x = ${Array.from({ length: 100_000 }, () => 'a').join('+')}\n`;
    const outcome = compile(source, 'deep.py');
    expect(outcome.status === 'syntax-error' && outcome.stderr).toBe('RecursionError: maximum recursion depth exceeded during compilation\n');
  });
});
