/**
 * The API reference: TypeDoc over the public entry points of the packages (apps/docs/typedoc.json,
 * `entryPointStrategy: "packages"` with each package's own typedoc.json), written to site/api.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BuildFailure } from './build-failure.ts';
import { lastLine, runNodeScript } from './child-process.ts';

/** How TypeDoc went: its warnings, and where its full log is. */
export interface ApiReferenceResult {
  readonly warnings: number;
  readonly log: string;
}

/** The TypeDoc command-line script installed for the docs package at `docs`. */
function typedocBin(docs: string): string {
  const require = createRequire(join(docs, 'package.json'));
  return join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc');
}

/** ANSI colour codes TypeDoc puts around its log levels. */
const ANSI = /\x1b\[[0-9;]*m/g; // eslint-disable-line no-control-regex

/**
 * Runs TypeDoc for the docs package at `docs`, writing the reference to `out` and its log to `log`.
 *
 * @throws BuildFailure when TypeDoc reports an error or exits non-zero
 */
export async function buildApiReference(docs: string, out: string, log: string): Promise<ApiReferenceResult> {
  const child = await runNodeScript(typedocBin(docs), ['--options', 'typedoc.json', '--out', out], docs);
  const text = `${child.stdout}${child.stderr}`.replace(ANSI, '');
  writeFileSync(log, text);
  if (child.startError !== null) throw new BuildFailure(`TypeDoc did not start: ${child.startError}`);
  if (child.status !== 0) {
    const error = text.split('\n').find((line) => line.startsWith('[error]')) ?? lastLine(text);
    throw new BuildFailure(`TypeDoc failed (status ${String(child.status)}): ${error} (log: ${log})`);
  }
  return { warnings: text.split('\n').filter((line) => line.startsWith('[warning]')).length, log };
}
