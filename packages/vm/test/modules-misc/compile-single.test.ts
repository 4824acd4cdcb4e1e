// compile(..., 'single'): one statement, expression values shown through sys.displayhook (kept in
// builtins._), and CPython 3.8's errors for more than one statement. Expected output recorded
// from CPython 3.8.18.
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/index.ts';

function run(source: string): string {
  let out = '';
  const outcome = runMain(source, { filename: 'single.py', write: (_, t) => (out += t), checkRefcounts: true });
  expect(outcome).toEqual({ status: 'exited', exitCode: 0 });
  return out;
}

describe("compile(..., 'single')", () => {
  it('shows expression values through sys.displayhook', () => {
    expect(run("exec(compile(\"1+1\", \"<s>\", \"single\"))\nimport sys, builtins\nprint(sys.displayhook, sys.__displayhook__ is sys.displayhook)\nsys.displayhook(5)\nprint(_)\nexec(compile(\"None\", \"<s>\", \"single\"))\nprint(builtins._)\nexec(compile(\"'a'\\n\", \"<s>\", \"single\"))\nsys.displayhook = lambda v: print(\"hook\", v)\nexec(compile(\"[1, 2]\", \"<s>\", \"single\"))\ndel sys.displayhook\ntry:\n    exec(compile(\"3\", \"<s>\", \"single\"))\nexcept RuntimeError as e:\n    print(e)\n")).toBe("2\n<built-in function displayhook> True\n5\n5\n5\n'a'\nhook [1, 2]\nlost sys.displayhook\n");
  });

  it('takes one statement', () => {
    expect(run("for s in ['1\\n2\\n', 'x = 1; y = 2', '', 'if 1:\\n    1\\n2\\n', 'for i in range(2):\\n    i\\n']:\n    try:\n        c = compile(s, '<s>', 'single'); print(repr(s), 'ok'); exec(c)\n    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, repr(e.text))\n")).toBe("'1\\n2\\n' multiple statements found while compiling a single statement 1 2 '1\\n'\n'x = 1; y = 2' ok\n'' unexpected EOF while parsing 0 0 ''\n'if 1:\\n    1\\n2\\n' invalid syntax 3 1 '2\\n'\n'for i in range(2):\\n    i\\n' ok\n0\n1\n");
  });
});
