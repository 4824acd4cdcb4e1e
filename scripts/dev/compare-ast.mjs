// Dev-only differential check of the front end against CPython 3.8 (never run in CI: it needs
// python3.8). usage (from the repo root): npx esbuild scripts/dev/compare-ast.mjs --bundle --platform=node
// --format=esm --outfile=/tmp/compare-ast.mjs && node /tmp/compare-ast.mjs [--time] FILES...
// Prints a line per disagreement (AST or error) and a summary.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseModule } from '../../packages/vm/src/parser/parse.ts';
import { CompileFailure } from '../../packages/vm/src/source/diagnostic.ts';
import { decodeAst } from '../../packages/vm/test/support/py38-json.ts';

const args = process.argv.slice(2);
const timeOnly = args[0] === '--time';
const files = timeOnly ? args.slice(1) : args;

function firstDiff(a, b, path) {
  if (a === b) return null;
  if (typeof a === 'bigint' || typeof b === 'bigint') return a === b ? null : `${path}: ${a} != ${b}`;
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)) ? null : `${path}: ${a} != ${b}`;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]) ? null : `${path}: bytes differ`;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array mismatch`;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return `${path}: length ${a.length} != ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDiff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDiff(a[k], b[k], `${path}.${k}${k === '_type' ? '' : a._type ? `<${a._type}@${a.lineno}:${a.col_offset}>` : ''}`);
    if (d) return d;
  }
  return null;
}

if (timeOnly) {
  const sources = files.map((f) => readFileSync(f, 'utf8'));
  const t0 = performance.now();
  let errors = 0;
  for (let i = 0; i < sources.length; i++) {
    try { parseModule(sources[i], files[i]); } catch (e) { if (e instanceof CompileFailure) errors++; else throw e; }
  }
  const t1 = performance.now();
  for (let i = 0; i < sources.length; i++) {
    try { parseModule(sources[i], files[i]); } catch (e) { if (!(e instanceof CompileFailure)) throw e; }
  }
  const t2 = performance.now();
  const lines = sources.reduce((n, s) => n + s.split('\n').length, 0);
  console.log(`${files.length} files, ${lines} lines: first run ${(t1 - t0).toFixed(0)} ms, second run ${(t2 - t1).toFixed(0)} ms, ${errors} errors`);
  process.exit(0);
}

const out = execFileSync('python3.8', ['scripts/py38/ast_json.py', ...files], {
  env: { ...process.env, PYTHONHASHSEED: '0', PYENV_VERSION: '3.8.18' }, maxBuffer: 1 << 30,
}).toString();
let ok = 0, bad = 0;
for (const line of out.split('\n')) {
  if (!line) continue;
  const doc = JSON.parse(line);
  const src = readFileSync(doc.file, 'utf8');
  let mine;
  try { mine = { ast: parseModule(src, doc.file) }; } catch (e) {
    if (e instanceof CompileFailure) mine = { error: e.diagnostic }; else { mine = { crash: String(e && e.stack) }; }
  }
  let diff = null;
  if (mine.crash) diff = `CRASH ${mine.crash.split('\n').slice(0, 4).join(' | ')}`;
  else if (doc.error) {
    if (!mine.error) diff = `expected error ${JSON.stringify(doc.error)}`;
    else {
      const e = mine.error;
      const want = doc.error;
      if (e.type !== want.type || e.msg !== want.msg || e.lineno !== want.lineno || e.offset !== want.offset || e.text !== want.text) {
        diff = `error mismatch: want ${JSON.stringify(want)} got ${JSON.stringify({ type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, text: e.text })}`;
      }
    }
  } else if (mine.error) diff = `unexpected error ${JSON.stringify(mine.error)}`;
  else diff = firstDiff(mine.ast, decodeAst(doc.ast), 'Module');
  if (diff) { bad++; console.log(`${doc.file}: ${diff}`); } else ok++;
}
console.log(`ok ${ok} / ${ok + bad}`);
