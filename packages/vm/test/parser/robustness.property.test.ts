// Property test: whatever the input (random text, or corpus programs cut short, with tokens
// shuffled, characters dropped or indentation removed), parseModule returns a Module or throws a
// CompileFailure whose diagnostic formats; it never throws anything else and never hangs.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../src/parser/parse.ts';
import { CompileFailure } from '../../src/source/diagnostic.ts';
import { formatSyntaxError } from '../../src/source/format-syntax-error.ts';

const corpus = ['gen/seed_fib.py', 'coro/seed_cor.py', 'asyncgen/seed_async_fib.py', 'compile/expressions.py'].map((p) =>
  readFileSync(new URL(`../../../../conformance/cases/${p}`, import.meta.url), 'utf8'),
);

function parsesOrFailsCleanly(source: string): boolean {
  try {
    parseModule(source, 'fuzz.py');
    return true;
  } catch (e) {
    if (e instanceof CompileFailure) return formatSyntaxError(e.diagnostic).length > 0;
    throw e;
  }
}

const pieces = [
  '(', ')', '[', ']', '{', '}', ':', ',', '\n', ' ', '    ', '\t', '\\\n', '"', "'", '"""', 'f"{x!r:>{w}}"', '=', ':=',
  '*', '**', 'lambda', 'yield', 'async', 'await', 'def', 'class', 'if', 'else', '@', '#c', '.', '0x1f', '1_0', 'é',
  '\x0c', '\r\n', 'b"\\x41"', 'rf"\\d{a}"', '$', 'not', 'in', 'is', '->', '/', 'for', 'x', 'y', '1', '2.5j', 'return',
];

const corpusProgram = fc.constantFrom(...corpus);

describe('parseModule robustness', () => {
  it('handles random token soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => parsesOrFailsCleanly(parts.join(''))), { numRuns: 400 });
  });

  it('handles arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => parsesOrFailsCleanly(s)), { numRuns: 300 });
  });

  it('handles corpus programs cut short', () => {
    fc.assert(fc.property(corpusProgram, fc.nat(), (src, n) => parsesOrFailsCleanly(src.slice(0, n % (src.length + 1)))), { numRuns: 60 });
  });

  it('handles corpus programs with characters dropped or inserted', () => {
    fc.assert(
      fc.property(corpusProgram, fc.nat(), fc.nat({ max: 6 }), fc.constantFrom('', ...pieces), (src, at, len, insert) => {
        const i = at % (src.length + 1);
        return parsesOrFailsCleanly(src.slice(0, i) + insert + src.slice(i + len));
      }),
      { numRuns: 60 },
    );
  });

  it('handles corpus programs with lines shuffled or dedented', () => {
    fc.assert(
      fc.property(corpusProgram, fc.nat(), fc.nat(), fc.boolean(), (src, a, b, dedent) => {
        const lines = src.split('\n');
        const i = a % lines.length, j = b % lines.length;
        const li = lines[i] ?? '', lj = lines[j] ?? '';
        if (dedent) lines[i] = li.trimStart();
        else [lines[i], lines[j]] = [lj, li];
        return parsesOrFailsCleanly(lines.join('\n'));
      }),
      { numRuns: 60 },
    );
  });

  it('never reports anything but a compile failure for a known error', () => {
    expect(() => parseModule('x = (', 'f.py')).toThrow(CompileFailure);
  });
});
