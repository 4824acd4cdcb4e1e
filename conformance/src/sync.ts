/**
 * `pnpm conformance:sync`: copies the conformance corpus from `../shared/conformance` into
 * `conformance/cases/`, byte for byte, so a fresh clone tests itself. Files gone from the source
 * are removed; `--check` only reports whether the copy is current.
 * @module
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listFiles } from './list-files.ts';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_SOURCE = resolve(PACKAGE, '..', '..', 'shared', 'conformance');
const TARGET = join(PACKAGE, 'cases');

function sameBytes(a: string, b: string): boolean {
  return existsSync(b) && readFileSync(a).equals(readFileSync(b));
}

function main(): number {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    process.stdout.write('usage: pnpm conformance:sync [--from DIR] [--check]\n\nCopies DIR (default: ../shared/conformance) into conformance/cases; --check only reports.\n');
    return 0;
  }
  const source = values.from === undefined ? DEFAULT_SOURCE : resolve(values.from);
  if (!existsSync(source)) {
    process.stderr.write(`conformance:sync: no corpus at ${source}\n`);
    return 2;
  }
  const wanted = listFiles(source);
  const wantedSet = new Set(wanted);
  const changed = wanted.filter((file) => !sameBytes(join(source, file), join(TARGET, file)));
  const stale = listFiles(TARGET).filter((file) => !wantedSet.has(file));
  if (values.check === true) {
    for (const file of changed) process.stdout.write(`out of date: ${file}\n`);
    for (const file of stale) process.stdout.write(`not in the source: ${file}\n`);
    const current = changed.length === 0 && stale.length === 0;
    process.stdout.write(current ? `conformance/cases is the corpus of ${source}\n` : 'run `pnpm conformance:sync` to update\n');
    return current ? 0 : 1;
  }
  for (const file of changed) {
    mkdirSync(dirname(join(TARGET, file)), { recursive: true });
    copyFileSync(join(source, file), join(TARGET, file));
  }
  for (const file of stale) rmSync(join(TARGET, file));
  process.stdout.write(`conformance:sync: ${wanted.length} files from ${source}: ${changed.length} copied, ${stale.length} removed\n`);
  return 0;
}

process.exitCode = main();
