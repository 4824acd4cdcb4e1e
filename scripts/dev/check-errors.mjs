// Dev-only: runs `python3.8 FILE` on each given file (which should not compile) from the file's
// folder and compares its stderr with formatSyntaxError of parseModule's error.
// usage (from the repo root): npx esbuild scripts/dev/check-errors.mjs --bundle --platform=node
// --format=esm --outfile=/tmp/check-errors.mjs && node /tmp/check-errors.mjs FILES...
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseModule } from '../../packages/vm/src/parser/parse.ts';
import { CompileFailure } from '../../packages/vm/src/source/diagnostic.ts';
import { formatSyntaxError } from '../../packages/vm/src/source/format-syntax-error.ts';

let pass = 0, total = 0;
for (const file of process.argv.slice(2)) {
  const r = spawnSync('python3.8', [basename(file)], {
    cwd: dirname(file), env: { ...process.env, PYENV_VERSION: '3.8.18', PYTHONHASHSEED: '0' }, timeout: 5000,
  });
  const want = r.stderr.toString();
  if (!/^(SyntaxError|IndentationError|TabError)/m.test(want) || want.includes('Traceback')) continue;
  total++;
  let got;
  try {
    parseModule(readFileSync(file, 'latin1') === '' ? '' : readFileSync(file, 'utf8'), basename(file));
    got = '(parsed)\n';
  } catch (e) {
    if (!(e instanceof CompileFailure)) got = `CRASH ${e?.stack}`;
    else got = formatSyntaxError(e.diagnostic);
  }
  if (got === want) pass++;
  else console.log(`--- ${file}\nwant:\n${want}got:\n${got}`);
}
console.log(`pass ${pass} / ${total}`);
