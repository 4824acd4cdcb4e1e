// Python programs exercising the containers end to end: fixtures/NAME.py printed
// fixtures/NAME.expected under CPython 3.8.18 (PYTHONHASHSEED=0, which corosim's str hash matches).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPy } from './run-helper.ts';

const dir = new URL('fixtures/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3));

describe('container programs match CPython 3.8', () => {
  for (const name of names) {
    it(name, () => {
      const source = readFileSync(new URL(`${name}.py`, dir), 'utf8');
      const expected = readFileSync(new URL(`${name}.expected`, dir), 'utf8');
      expect(runPy(source)).toBe(expected);
    });
  }
});
