import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.ts';

function makeCorpus(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

describe('loadCorpus', () => {
  it('reads every case with its goldens, in path order', () => {
    const root = makeCorpus({
      'gen/b.py': 'x\n',
      'gen/b.out': 'out\n',
      'gen/b.err': 'err\n',
      'gen/b.exit': '1\n',
      'gen/a.py': 'y\n',
      'gen/a.out': '',
      'gen/a.dis': 'listing\n',
      'Lib/asyncio/base.py': 'z\n',
      'Lib/asyncio/base.dis': 'l\n',
    });
    expect(loadCorpus(root)).toEqual([
      { id: 'Lib/asyncio/base', area: 'Lib', file: 'Lib/asyncio/base.py', run: undefined, dis: 'l\n' },
      { id: 'gen/a', area: 'gen', file: 'gen/a.py', run: { stdout: '', stderr: '', exitCode: 0 }, dis: 'listing\n' },
      { id: 'gen/b', area: 'gen', file: 'gen/b.py', run: { stdout: 'out\n', stderr: 'err\n', exitCode: 1 }, dis: undefined },
    ]);
  });

  it('takes a .py without goldens for a helper module, not a case', () => {
    const root = makeCorpus({ 'memory/helper.py': 'x = 1\n', 'memory/uses.py': 'import helper\n', 'memory/uses.out': '' });
    expect(loadCorpus(root).map((c) => c.id)).toEqual(['memory/uses']);
  });
});
