// Differential error tests: each snippet of fixtures/error-cases.json with the stderr
// `python3.8 case.py` printed (made by scripts/dev/make-parser-fixtures.py). Where CPython
// reported a SyntaxError/IndentationError/TabError, formatSyntaxError must print it byte for
// byte; where the program compiled, parseModule must succeed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../src/parser/parse.ts';
import { CompileFailure } from '../../src/source/diagnostic.ts';
import { formatSyntaxError } from '../../src/source/format-syntax-error.ts';

interface ErrorCase {
  source: string;
  stderr: string;
}

const cases = JSON.parse(readFileSync(new URL('fixtures/error-cases.json', import.meta.url), 'utf8')) as Record<string, ErrorCase>;

/** Messages that come from the symbol table or the compiler, not from the front end. */
const LATER_STAGES = [/duplicate argument/, /outside function/, /starred expression here/];

function outcome(source: string): string {
  try {
    parseModule(source, 'case.py');
    return '(compiles)';
  } catch (e) {
    if (e instanceof CompileFailure) return formatSyntaxError(e.diagnostic);
    throw e;
  }
}

describe('parseModule errors against python3.8 FILE', () => {
  for (const [name, c] of Object.entries(cases)) {
    const isCompileError = /^(SyntaxError|IndentationError|TabError): /m.test(c.stderr) && !c.stderr.startsWith('Traceback');
    if (isCompileError && LATER_STAGES.some((r) => r.test(c.stderr))) continue;
    it(`${isCompileError ? 'reports' : 'accepts'} ${name}: ${JSON.stringify(c.source).slice(0, 60)}`, () => {
      expect(outcome(c.source)).toBe(isCompileError ? c.stderr : '(compiles)');
    });
  }
});
