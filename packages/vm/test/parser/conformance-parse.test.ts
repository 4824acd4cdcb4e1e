// Every conformance program outside syntax/ compiles under CPython 3.8, so parseModule must accept
// it (the exact trees of a few of them are checked in ast-cases.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../src/parser/parse.ts';

const root = new URL('../../../../conformance/cases/', import.meta.url);

describe('conformance corpus', () => {
  const areas = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'syntax');
  for (const area of areas) {
    it(`parses every program in ${area.name}/`, () => {
      const dir = new URL(`${area.name}/`, root);
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.py'))) {
        const source = readFileSync(new URL(f, dir), 'utf8');
        expect(parseModule(source, `${area.name}/${f}`)._type).toBe('Module');
      }
    });
  }
});
