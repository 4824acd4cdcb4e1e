// Dev-only: compares formatSyntaxError(parseModule error) with the syntax corpus goldens.
// usage (from the repo root): npx esbuild scripts/dev/check-syntax.mjs --bundle --platform=node
// --format=esm --outfile=/tmp/check-syntax.mjs && node /tmp/check-syntax.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { parseModule } from '../../packages/vm/src/parser/parse.ts';
import { CompileFailure } from '../../packages/vm/src/source/diagnostic.ts';
import { formatSyntaxError } from '../../packages/vm/src/source/format-syntax-error.ts';

const dir = 'conformance/cases/syntax';
let pass = 0;
const failed = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.py')).sort()) {
  const want = readFileSync(`${dir}/${f.replace(/\.py$/, '.err')}`, 'utf8');
  let got;
  try {
    parseModule(readFileSync(`${dir}/${f}`, 'utf8'), `syntax/${f}`);
    got = '(parsed)';
  } catch (e) {
    if (!(e instanceof CompileFailure)) throw e;
    got = formatSyntaxError(e.diagnostic);
  }
  if (got === want) pass++;
  else failed.push(`${f}: want ${JSON.stringify(want.split('\n').slice(-2)[0])} got ${JSON.stringify(got)}`);
}
console.log(failed.join('\n'));
console.log(`pass ${pass} / ${pass + failed.length}`);
