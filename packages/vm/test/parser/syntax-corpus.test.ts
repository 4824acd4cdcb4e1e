// The syntax corpus (conformance/cases/syntax): for every program whose error comes from the
// tokenizer, the parser or the AST checks, formatSyntaxError must print the .err golden byte for
// byte. The other programs fail only in the symbol table or the compiler, so they must parse.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../src/parser/parse.ts';
import { CompileFailure } from '../../src/source/diagnostic.ts';
import { formatSyntaxError } from '../../src/source/format-syntax-error.ts';

const dir = new URL('../../../../conformance/cases/syntax/', import.meta.url);

/** Cases whose error CPython raises in Python/symtable.c or Python/compile.c. */
const LATER_STAGES = new Set([
  'async_comprehension_outside_async', 'async_with_outside_async', 'await_outside_async_function',
  'await_outside_function', 'break_outside_loop', 'continue_in_nested_function', 'nested_blocks_too_many',
  'return_in_class_body', 'return_outside_function', 'return_value_async_generator',
  'scope_assigned_before_global', 'scope_duplicate_argument', 'scope_nonlocal_module_level',
  'scope_nonlocal_no_binding', 'scope_parameter_and_global', 'starred_expression_here',
  'starred_two_in_assignment', 'yield_from_in_async_function', 'yield_outside_function',
]);

describe('syntax corpus', () => {
  const names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
  it('has its 60 programs', () => {
    expect(names.length).toBe(60);
  });
  for (const name of names) {
    const source = readFileSync(new URL(`${name}.py`, dir), 'utf8');
    if (LATER_STAGES.has(name)) {
      it(`parses ${name} (its error comes later)`, () => {
        expect(() => parseModule(source, `syntax/${name}.py`)).not.toThrow();
      });
      continue;
    }
    it(`prints the .err golden of ${name}`, () => {
      let printed = '(parsed)';
      try {
        parseModule(source, `syntax/${name}.py`);
      } catch (e) {
        if (!(e instanceof CompileFailure)) throw e;
        printed = formatSyntaxError(e.diagnostic);
      }
      expect(printed).toBe(readFileSync(new URL(`${name}.err`, dir), 'utf8'));
    });
  }
});
