// Acorn-style error table: source → 'Type: message (line:offset)' exactly as CPython 3.8 reports
// it for a FILE (offsets are CPython's: 1-based, characters for tokenizer errors, bytes + 1 for
// AST errors).
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../src/parser/parse.ts';
import { CompileFailure } from '../../src/source/diagnostic.ts';

function error(source: string): string {
  try {
    parseModule(source, 't.py');
  } catch (e) {
    if (e instanceof CompileFailure) {
      const d = e.diagnostic;
      return `${d.type}: ${d.msg} (${d.lineno}:${d.offset ?? 'None'})`;
    }
    throw e;
  }
  return 'no error';
}

const table: [string, string][] = [
  ['x = = 1\n', 'SyntaxError: invalid syntax (1:5)'],
  ['if x\n  pass\n', 'SyntaxError: invalid syntax (1:5)'],
  ['def f():\npass\n', 'IndentationError: expected an indented block (2:1)'],
  ['x = 1\n  y = 2\n', 'IndentationError: unexpected indent (2:2)'],
  ['if x:\n    a\n  b\n', 'IndentationError: unindent does not match any outer indentation level (3:4)'],
  ['if x:\n        a\n\tb\n', 'TabError: inconsistent use of tabs and spaces in indentation (3:3)'],
  ['x = (1,\n', 'SyntaxError: unexpected EOF while parsing (2:8)'],
  ['if x:\n', 'SyntaxError: unexpected EOF while parsing (2:6)'],
  ['s = "abc\n', 'SyntaxError: EOL while scanning string literal (1:9)'],
  ["s = '''abc\n", "SyntaxError: EOF while scanning triple-quoted string literal (3:11)"],
  ['x = \\ 1\n', 'SyntaxError: unexpected character after line continuation character (1:8)'],
  ['x = 08\n', 'SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:6)'],
  ['x = 0o8\n', "SyntaxError: invalid digit '8' in octal literal (1:6)"],
  ['x = 0x\n', 'SyntaxError: invalid hexadecimal literal (1:6)'],
  ['x = 1__0\n', 'SyntaxError: invalid decimal literal (1:6)'],
  ['x = 5 <> 3\n', 'SyntaxError: invalid syntax (1:8)'],
  ['x = [1, 2)\n', "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' (1:10)"],
  ['x = )\n', "SyntaxError: unmatched ')' (1:5)"],
  ['café = ❤\n', 'SyntaxError: invalid character in identifier (1:8)'],
  ['print "a"\n', 'SyntaxError: Missing parentheses in call to \'print\'. Did you mean print("a")? (1:7)'],
  ['1 = x\n', 'SyntaxError: cannot assign to literal (1:1)'],
  ['None = 1\n', 'SyntaxError: cannot assign to None (1:1)'],
  ['x.y, f() = 1, 2\n', 'SyntaxError: cannot assign to function call (1:1)'],
  ['del f()\n', 'SyntaxError: cannot delete function call (1:5)'],
  ['a, b += 1\n', 'SyntaxError: illegal expression for augmented assignment (1:1)'],
  ['(x, y): int\n', 'SyntaxError: only single target (not tuple) can be annotated (1:1)'],
  ['x = yield = 1\n', 'SyntaxError: assignment to yield expression not possible (1:5)'],
  ['(a.b := 1)\n', 'SyntaxError: cannot use assignment expressions with attribute (1:2)'],
  ['__debug__ = 1\n', 'SyntaxError: cannot assign to __debug__ (1:1)'],
  ['def f(a=1, b): pass\n', 'SyntaxError: non-default argument follows default argument (1:7)'],
  ['def f(*): pass\n', 'SyntaxError: named arguments must follow bare * (1:7)'],
  ['f(x for x in y, 1)\n', 'SyntaxError: Generator expression must be parenthesized (1:3)'],
  ['f(a=1, a=2)\n', 'SyntaxError: keyword argument repeated (1:8)'],
  ['f(a.b=1)\n', 'SyntaxError: expression cannot contain assignment, perhaps you meant "=="? (1:3)'],
  ['f(**a, b)\n', 'SyntaxError: positional argument follows keyword argument unpacking (1:8)'],
  ['x = [*a for a in b]\n', 'SyntaxError: iterable unpacking cannot be used in comprehension (1:6)'],
  ['from x import a,\n', 'SyntaxError: trailing comma not allowed without surrounding parentheses (1:15)'],
  ['b = b"é"\n', 'SyntaxError: bytes can only contain ASCII literal characters. (1:5)'],
  ['x = b"a" "b"\n', 'SyntaxError: cannot mix bytes and nonbytes literals (1:5)'],
  ['s = "\\x4"\n', "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1:5)"],
  ['s = b"\\x4"\n', 'SyntaxError: (value error) invalid \\x escape at position 0 (1:5)'],
  ['f"{}"\n', 'SyntaxError: f-string: empty expression not allowed (1:1)'],
  ['f"{a!x}"\n', "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:1)"],
  ['f"}"\n', "SyntaxError: f-string: single '}' is not allowed (1:1)"],
  ['f"{a:{b:{c}}}"\n', 'SyntaxError: f-string: expressions nested too deeply (1:1)'],
  ['f"{a b}"\n', 'SyntaxError: invalid syntax (1:4)'],
  // A later syntax error wins over an earlier AST error, as in CPython (ast.c runs afterwards).
  ['1 = 2\nx = $\n', 'SyntaxError: invalid syntax (2:5)'],
];

describe('parseModule errors', () => {
  for (const [source, expected] of table) {
    it(`reports ${JSON.stringify(source)}`, () => {
      expect(error(source)).toBe(expected);
    });
  }
});
