// Dev-only differential check against real CPython 3.8: compiles CPython's own AST of every
// program in the conformance corpus and the stdlib corpus and compares every field of every
// code object with CPython's. Runs only with COROSIM_PY38=1 and python3.8 installed (CI never
// sets it); writes a per-field mismatch report to $TMPDIR/corosim-compare-report.txt.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CodeObject } from '../../src/bytecode/code-object.ts';
import { disassembleCode } from '../../src/bytecode/dis.ts';
import { compileModule } from '../../src/compiler/compile.ts';
import type { Module } from '../../src/parser/ast.ts';
import { parseModule } from '../../src/parser/parse.ts';
import { CompileFailure } from '../../src/source/diagnostic.ts';
import { decodeAst, decodeCode } from '../support/py38-json.ts';
import { compareCode, type CompareStats } from './compare-code.ts';

// COROSIM_STUBS=1 measures with the AST optimiser and the peephole pass replaced by identities.
vi.mock('../../src/compiler/ast-optimize.ts', async (importOriginal) =>
  process.env['COROSIM_STUBS'] === '1' ? { optimizeAst: (m: unknown) => m } : await importOriginal(),
);
vi.mock('../../src/compiler/peephole.ts', async (importOriginal) =>
  process.env['COROSIM_STUBS'] === '1' ? { optimizeBytecode: (code: Uint8Array, consts: unknown, _n: unknown, lnotab: Uint8Array) => ({ code, lnotab, consts }) } : await importOriginal(),
);

const ROOT = join(import.meta.dirname, '../../../..');
const SCRIPTS = join(ROOT, 'scripts/py38');
const CACHE = join(tmpdir(), 'corosim-py38-cache');
const enabled = process.env['COROSIM_PY38'] === '1';
// COROSIM_PY38_OPT=1 or 2 compares with `python3.8 -O` / `-OO`.
const OPT = Number(process.env['COROSIM_PY38_OPT'] ?? '0');
const usePars = process.env['COROSIM_PARSE'] === '1';

function py38(args: string[], cwd: string): string {
  return execFileSync('python3.8', args, { cwd, env: { ...process.env, PYENV_VERSION: '3.8.18', PYTHONHASHSEED: '0' }, maxBuffer: 1 << 30, encoding: 'utf8' });
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}

function cached(name: string, cwd: string, files: string[], script: string): string[] {
  mkdirSync(CACHE, { recursive: true });
  const flags = script === 'code_json' && OPT > 0 ? [OPT === 1 ? '-O' : '-OO'] : [];
  const path = join(CACHE, `${name}-${script}${flags.join('')}.jsonl`);
  if (!existsSync(path)) writeFileSync(path, py38([...flags, join(SCRIPTS, `${script}.py`), ...files], cwd));
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
}

interface Corpus {
  readonly name: string;
  readonly cwd: string;
  readonly files: string[];
}

function runCorpus(corpus: Corpus, report: string[]): CompareStats {
  const asts = cached(corpus.name, corpus.cwd, corpus.files, 'ast_json');
  const codes = cached(corpus.name, corpus.cwd, corpus.files, 'code_json');
  const stats: CompareStats = { total: 0, exact: 0, fields: {}, errorsOk: 0, errorsBad: 0, crashes: 0, compileMs: 0 };
  for (let i = 0; i < asts.length; i++) {
    const a = JSON.parse(asts[i] as string) as { file: string; ast?: unknown; error?: unknown };
    const b = JSON.parse(codes[i] as string) as { file: string; code?: unknown; error?: Record<string, unknown> };
    if (a.ast === undefined) continue;
    const source = readFileSync(join(corpus.cwd, a.file), 'utf8');
    let ours: CodeObject | null = null;
    let err: unknown = null;
    // COROSIM_PARSE=1: parse with corosim's own parser instead of using CPython's AST.
    let tree: Module;
    try {
      tree = usePars ? parseModule(source, a.file) : decodeAst(a.ast as never);
    } catch (e) {
      stats.crashes++;
      report.push(`${a.file}: parse failed ${e instanceof CompileFailure ? JSON.stringify(e.diagnostic) : String(e)}`);
      continue;
    }
    const t0 = performance.now();
    try {
      ours = compileModule(tree, { filename: a.file, source, optimizeLevel: OPT });
    } catch (e) {
      err = e;
    }
    stats.compileMs += performance.now() - t0;
    if (b.error !== undefined) {
      const d = err instanceof CompileFailure ? err.diagnostic : null;
      const want = b.error;
      if (d !== null && d.msg === want['msg'] && d.lineno === (want['lineno'] ?? 0) && d.offset === want['offset'] && d.text === want['text']) stats.errorsOk++;
      else {
        stats.errorsBad++;
        report.push(`${a.file}: error mismatch: want ${JSON.stringify(want)} got ${JSON.stringify(d ?? String(err))}`);
      }
      continue;
    }
    if (ours === null) {
      stats.crashes++;
      report.push(`${a.file}: crash ${err instanceof CompileFailure ? JSON.stringify(err.diagnostic) : String((err as Error).stack ?? err)}`);
      continue;
    }
    compareCode(ours, decodeCode(b.code as never), a.file, stats, report);
    // The conformance goldens' .dis came from `python3.8 FILE` itself (another process than
    // code_json.py's): compare our listing with it too.
    const disPath = join(corpus.cwd, a.file.replace(/\.py$/, '.dis'));
    if (existsSync(disPath)) {
      const norm = (s: string): string => s.replace(/0x[0-9a-fA-F]+/g, '0x?');
      if (norm(disassembleCode(ours)) === norm(readFileSync(disPath, 'utf8'))) stats.disOk = (stats.disOk ?? 0) + 1;
      else {
        stats.disBad = (stats.disBad ?? 0) + 1;
        report.push(`${a.file}: .dis differs`);
      }
    }
  }
  return stats;
}

describe.skipIf(!enabled)('compiler vs CPython 3.8', () => {
  it('compiles the conformance and stdlib corpora as CPython does', () => {
    const report: string[] = [];
    const confDir = join(ROOT, 'conformance/cases');
    const conf: Corpus = { name: 'conformance', cwd: confDir, files: walk(confDir, []).map((f) => relative(confDir, f)) };
    const stdDir = join(ROOT, '../shared/stdlib');
    const results: Record<string, CompareStats> = { conformance: runCorpus(conf, report) };
    if (existsSync(stdDir)) {
      const std: Corpus = { name: 'stdlib', cwd: stdDir, files: walk(join(stdDir, 'Lib'), []).map((f) => relative(stdDir, f)) };
      results['stdlib'] = runCorpus(std, report);
    }
    const extra = process.env['COROSIM_PY38_EXTRA'];
    if (extra !== undefined) {
      results['extra'] = runCorpus({ name: `extra-${extra.replace(/\W/g, '_')}`, cwd: extra, files: walk(extra, []).map((f) => relative(extra, f)) }, report);
    }
    const summary = JSON.stringify(results, null, 1);
    writeFileSync(join(tmpdir(), 'corosim-compare-report.txt'), `${summary}\n${report.join('\n')}\n`);
    console.log(summary);
    expect(results['conformance']?.total).toBeGreaterThan(0);
  }, 600_000);
});
