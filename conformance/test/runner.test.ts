// End-to-end tests of the built runner (conformance/dist, written by `pnpm install`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const RUNNER = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function makeCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  mkdirSync(join(root, 'gen'));
  writeFileSync(join(root, 'gen', 'seed_one.py'), 'print(1)\n');
  // The golden disagrees with what the program prints, so both checks fail.
  writeFileSync(join(root, 'gen', 'seed_one.out'), '2\n');
  writeFileSync(join(root, 'gen', 'seed_one.dis'), '  1           0 LOAD_NAME                0 (print)\n');
  return root;
}

function runner(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [RUNNER, ...args], { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('conformance runner', () => {
  it('reports every failing check and the totals, and holds an empty ratchet', () => {
    const root = makeCorpus();
    const ratchet = join(root, 'ratchet.txt');
    const result = runner('--corpus', root, '--ratchet', ratchet, '--workers', '1');
    expect(result.stdout).toMatch(/^FAIL dis gen\/seed_one: /m);
    expect(result.stdout).toMatch(/^FAIL run gen\/seed_one: /m);
    expect(result.stdout).toMatch(/^gen\s+0\/1\s+0\/1$/m);
    expect(result.stdout).not.toMatch(/CLI DISAGREES/);
    expect(result.status).toBe(0);
  });

  it('fails when a recorded check fails', () => {
    const root = makeCorpus();
    const ratchet = join(root, 'ratchet.txt');
    writeFileSync(ratchet, 'run gen/seed_one\n');
    const result = runner('--corpus', root, '--ratchet', ratchet, '--no-binary');
    expect(result.stdout).toMatch(/^REGRESSED run gen\/seed_one: /m);
    expect(result.status).toBe(1);
  });

  it('--update rewrites the ratchet to what passes', () => {
    const root = makeCorpus();
    const ratchet = join(root, 'ratchet.txt');
    writeFileSync(ratchet, 'run gen/seed_one\n');
    expect(runner('--corpus', root, '--ratchet', ratchet, '--update', '--no-binary').status).toBe(0);
    expect(readFileSync(ratchet, 'utf8')).not.toMatch(/^run gen\/seed_one$/m);
  });

  it('--json writes the pass counts per area and the ratchet verdict', () => {
    const root = makeCorpus();
    const ratchet = join(root, 'ratchet.txt');
    const json = join(root, 'report.json');
    expect(runner('--corpus', root, '--ratchet', ratchet, '--no-binary', '--json', json).status).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual({
      corpus: root.split('/').pop(),
      areas: [{ area: 'gen', runPass: 0, runTotal: 1, disPass: 0, disTotal: 1 }],
      passing: 0,
      checks: 2,
      ratchetHolds: true,
    });
  });

  it('--check-refcounts runs only the run checks, with the counts checked', () => {
    const root = makeCorpus();
    writeFileSync(join(root, 'gen', 'seed_one.out'), '1\n');
    const ratchet = join(root, 'ratchet.txt');
    const result = runner('--corpus', root, '--ratchet', ratchet, '--check-refcounts', '--update');
    expect(result.stdout).toMatch(/^gen\s+1\/1\s+-$/m);
    expect(readFileSync(ratchet, 'utf8')).toMatch(/^run gen\/seed_one$/m);
    expect(result.status).toBe(0);
  });

  it('rejects an unknown case and an unknown option with a one-line error', () => {
    const root = makeCorpus();
    expect(runner('--corpus', root, '--case', 'nope')).toMatchObject({ status: 2, stderr: `conformance: no case 'nope' in ${root}\n` });
    expect(runner('--frobnicate')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^conformance: Unknown option '--frobnicate'.*\n$/) as unknown });
  });

  it('skips a missing corpus with --if-present', () => {
    expect(runner('--corpus', '/nonexistent/corpus', '--if-present')).toMatchObject({ status: 0 });
    expect(runner('--corpus', '/nonexistent/corpus')).toMatchObject({ status: 2 });
  });
});
