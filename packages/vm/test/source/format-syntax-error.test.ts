// formatSyntaxError against what python3.8 prints: indentation stripped from the text line, the
// caret placed by CPython's byte arithmetic, multi-line texts, texts without a newline, no text.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/source/diagnostic.ts';
import { formatSyntaxError } from '../../src/source/format-syntax-error.ts';
import { makeDiagnostic } from '../../src/source/syntax-error.ts';

const d = (offset: number | null, text: string | null, msg = 'invalid syntax'): Diagnostic => ({
  type: 'SyntaxError', msg, filename: 'a.py', lineno: 3, offset, text,
});

describe('formatSyntaxError', () => {
  it('strips indentation and places the caret', () => {
    expect(formatSyntaxError(d(11, '    return x +   \n'))).toBe('  File "a.py", line 3\n    return x +   \n          ^\nSyntaxError: invalid syntax\n');
  });
  it('moves an offset at the final newline back onto the line', () => {
    expect(formatSyntaxError(d(9, 'x = "abc\n'))).toBe('  File "a.py", line 3\n    x = "abc\n           ^\nSyntaxError: invalid syntax\n');
  });
  it('shows the line of a multi-line text that the offset falls in', () => {
    expect(formatSyntaxError(d(24, '    return """abc\n  def\n'))).toBe('  File "a.py", line 3\n    def\n      ^\nSyntaxError: invalid syntax\n');
  });
  it('prints an empty text line for EOF errors', () => {
    expect(formatSyntaxError(d(13, ''))).toBe('  File "a.py", line 3\n    \n                ^\nSyntaxError: invalid syntax\n');
  });
  it('prints no text when there is none', () => {
    expect(formatSyntaxError(d(1, null))).toBe('  File "a.py", line 3\nSyntaxError: invalid syntax\n');
  });
  it('prints the text without a caret when the offset is None', () => {
    expect(formatSyntaxError(d(null, 'x\n'))).toBe('  File "a.py", line 3\n    x\nSyntaxError: invalid syntax\n');
  });
  it('names the exception class', () => {
    expect(formatSyntaxError({ ...d(5, '    y\n', 'unexpected indent'), type: 'IndentationError' })).toBe(
      '  File "a.py", line 3\n    y\n    ^\nIndentationError: unexpected indent\n',
    );
  });
});

describe('makeDiagnostic', () => {
  it('rewrites a Python 2 print statement', () => {
    expect(makeDiagnostic('SyntaxError', 'invalid syntax', 'a.py', 1, 9, 'print "a", x,\n').msg).toBe(
      'Missing parentheses in call to \'print\'. Did you mean print("a", x, end=" ")?',
    );
  });
  it('rewrites an exec statement after a colon', () => {
    expect(makeDiagnostic('SyntaxError', 'invalid syntax', 'a.py', 1, 9, 'if x: exec "a"\n').msg).toBe("Missing parentheses in call to 'exec'");
  });
  it('leaves lines with a parenthesis and other exception classes alone', () => {
    expect(makeDiagnostic('SyntaxError', 'invalid syntax', 'a.py', 1, 9, 'print "(a"\n').msg).toBe('invalid syntax');
    expect(makeDiagnostic('IndentationError', 'unexpected indent', 'a.py', 1, 9, 'print "a"\n').msg).toBe('unexpected indent');
  });
});
