// Differential check of disassembleCode against every .dis golden, using CPython 3.8's own code
// objects (scripts/py38/code_json.py). A developer tool: it needs python3.8, so it runs only with
// COROSIM_PY38=1 (never in CI, which must not run CPython) and skips itself
// where python3.8 is absent. The committed fixtures in dis.test.ts cover CI.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { disassembleCode } from '../../src/bytecode/dis.ts';
import { decodeCode } from '../support/py38-json.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const CODE_JSON = join(ROOT, 'scripts/py38/code_json.py');
const PY_ENV = { ...process.env, PYTHONHASHSEED: '0', PYENV_VERSION: '3.8.18' };

function hasPython38(): boolean {
  try {
    return execFileSync('python3.8', ['--version'], { env: PY_ENV, encoding: 'utf8' }).startsWith('Python 3.8');
  } catch {
    return false;
  }
}

/** Every .py under `dir` that has a .dis golden beside it, relative to `cwd`. */
function casesUnder(cwd: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.py') && existsSync(path.slice(0, -3) + '.dis')) out.push(relative(cwd, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** The first line where two listings differ, both versions, for the failure message. */
function firstDifference(ours: string, golden: string): string {
  const a = ours.split('\n');
  const b = golden.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const at = i === -1 ? a.length : i;
  return `line ${at + 1}: ours ${JSON.stringify(a[at])}, CPython ${JSON.stringify(b[at])}`;
}

/** Compares every case of a corpus; returns the failing files with their first difference. */
function compareCorpus(cwd: string, files: string[]): string[] {
  const stdout = execFileSync('python3.8', [CODE_JSON, ...files], { cwd, env: PY_ENV, encoding: 'utf8', maxBuffer: 1 << 30 });
  const failures: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    const doc = JSON.parse(line) as { file: string; code?: Parameters<typeof decodeCode>[0] };
    const golden = readFileSync(join(cwd, doc.file.slice(0, -3) + '.dis'), 'utf8');
    const ours = doc.code === undefined ? '' : disassembleCode(decodeCode(doc.code)).replace(/0x[0-9a-fA-F]+/g, '0x?');
    if (ours !== golden) failures.push(`${doc.file}: ${firstDifference(ours, golden)}`);
  }
  return failures;
}

const CORPORA = [
  { name: 'conformance', cwd: join(ROOT, 'conformance/cases'), dir: join(ROOT, 'conformance/cases') },
  { name: 'stdlib', cwd: resolve(ROOT, '../shared/stdlib'), dir: resolve(ROOT, '../shared/stdlib/Lib') },
];

describe.skipIf(process.env['COROSIM_PY38'] !== '1' || !hasPython38())('disassembleCode against the .dis corpus (needs python3.8)', () => {
  for (const corpus of CORPORA) {
    it.skipIf(!existsSync(corpus.dir))(`matches every ${corpus.name} golden byte for byte`, () => {
      const files = casesUnder(corpus.cwd, corpus.dir);
      const failures = compareCorpus(corpus.cwd, files);
      console.log(`dis ${corpus.name}: ${files.length - failures.length}/${files.length} match`);
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
