/**
 * A corpus on disk: `AREA/NAME.py` programs with their goldens (`.out`, `.err`, `.exit`,
 * `.dis`), laid out as shared/conformance/README.md describes. The stdlib corpus has only `.dis`.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.ts';

/** What CPython 3.8 did with one program. */
export interface Expected {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** One program of a corpus and its goldens. */
export interface Case {
  /** The path relative to the corpus root, with `/`, without `.py`: `gen/seed_fib`. */
  readonly id: string;
  /** The first path segment: `gen`. */
  readonly area: string;
  /** The path Python was given, relative to the corpus root: `gen/seed_fib.py`. */
  readonly file: string;
  /** What running it gives, or `undefined` for a dis-only corpus. */
  readonly run: Expected | undefined;
  /** What `dis` prints for it, or `undefined` for a program that does not compile. */
  readonly dis: string | undefined;
}

function readIfPresent(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Loads the case whose program is `file` (relative to `root`). */
export function loadCase(root: string, file: string): Case {
  const id = file.slice(0, -'.py'.length);
  const base = join(root, id);
  const stdout = readIfPresent(`${base}.out`);
  const run =
    stdout === undefined
      ? undefined
      : {
          stdout,
          stderr: readIfPresent(`${base}.err`) ?? '',
          exitCode: Number.parseInt(readIfPresent(`${base}.exit`) ?? '0', 10),
        };
  return { id, area: id.includes('/') ? id.slice(0, id.indexOf('/')) : '.', file, run, dis: readIfPresent(`${base}.dis`) };
}

/**
 * Every case under `root`, in a stable order (by path). A `.py` with no golden at all is a module
 * some case imports, not a case.
 */
export function loadCorpus(root: string): Case[] {
  return listFiles(root)
    .filter((file) => file.endsWith('.py'))
    .map((file) => loadCase(root, file)).filter((c) => c.run !== undefined || c.dis !== undefined);
}
