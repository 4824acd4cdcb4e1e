import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithRatchet, readRatchet, updatedRatchet, writeRatchet } from '../src/ratchet.ts';

const ran = new Map([
  ['run gen/a', true],
  ['run gen/b', false],
  ['dis gen/a', true],
]);

describe('compareWithRatchet', () => {
  it('reports a recorded check that fails and a passing check that is not recorded', () => {
    expect(compareWithRatchet(new Set(['run gen/b', 'run gen/a']), ran)).toEqual({
      regressed: ['run gen/b'],
      unrecorded: ['dis gen/a'],
    });
  });

  it('judges neither way a recorded check that did not run', () => {
    expect(compareWithRatchet(new Set(['run lang/z', 'run gen/a', 'dis gen/a']), ran)).toEqual({ regressed: [], unrecorded: [] });
  });
});

describe('updatedRatchet', () => {
  it('records what passed and keeps what did not run', () => {
    expect([...updatedRatchet(new Set(['run lang/z', 'run gen/b']), ran)].sort()).toEqual(['dis gen/a', 'run gen/a', 'run lang/z']);
  });
});

describe('ratchet file', () => {
  it('round-trips, sorted, with its header', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ratchet-')), 'corpus.txt');
    writeRatchet(path, ['run b', 'dis a']);
    expect(readFileSync(path, 'utf8').split('\n').filter((l) => !l.startsWith('#'))).toEqual(['dis a', 'run b', '']);
    expect(readRatchet(path)).toEqual(new Set(['dis a', 'run b']));
  });

  it('reads a missing file as nothing recorded', () => {
    expect(readRatchet('/nonexistent/ratchet.txt').size).toBe(0);
  });
});
