/**
 * Loads and runs the command line (`dist/cli-main.cjs`, bundled from cli-main.ts) through V8's
 * code cache. Compiling the 3 MB bundle was a fifth of a `corosim run`'s start-up; V8 can save
 * what it compiled during one run and take it back in the next. The cache is a file per version
 * of the bundle, of Node and of the platform, in the user's cache folder (`$XDG_CACHE_HOME/corosim`
 * or `~/.cache/corosim`; `COROSIM_CACHE_DIR` chooses another, `COROSIM_NO_CACHE=1` turns it
 * off). V8 checks that a cache fits the source and its flags, and refuses one that does not; a
 * refused, missing or unwritable cache only costs the compile. Nothing a program sees depends on
 * it.
 * @module
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * How much V8 lets its old generation grow past what the last full collection kept, in percent.
 * V8's own default grows it up to fourfold, which with 100,000 sleeping tasks meant 480 MB of
 * heap for 175 MB of live objects; 10% holds the peak near the live size at about the same
 * speed, since a program's garbage is mostly young and never reaches the old generation (20%
 * peaked 13 MB higher there, 5% only 6 MB lower again for more full collections).
 */
const HEAP_GROWING_PERCENT = 10;

/** What cli-main.ts exports. */
interface CliMain {
  readonly runCli: (argv: readonly string[], debug: boolean, pending?: SharedArrayBuffer) => Promise<number>;
}

/**
 * Runs the command line `argv` in this thread; its exit status. `pending` is the output buffer
 * shared with the main thread, in the worker that runs a program (fd-output.ts).
 */
export async function launch(argv: readonly string[], pending?: SharedArrayBuffer): Promise<number> {
  const file = fileURLToPath(new URL('./cli-main.cjs', import.meta.url));
  const cachePath = cacheFile(file);
  const { script, makeCache } = compile(file, cachePath);
  const module = { exports: {} as CliMain };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  // V8's flags are the process's, read at each collection, and part of what a code cache must
  // match: set once the code is compiled, and back to V8's default (0) before the cache is made.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const status = await module.exports.runCli(argv, process.env['COROSIM_DEBUG'] !== undefined, pending);
  setFlagsFromString('--heap-growing-percent=0');
  if (makeCache && cachePath !== null) saveCache(cachePath, script.createCachedData());
  return status;
}

/**
 * The bundle compiled as Node compiles a CommonJS module (so its `require` is a real one), from
 * the cache when there is one, and whether to make the cache once the run is over. The cache's
 * bytes are not kept for the run. The bundle holds Node's module wrapper itself (build.mjs), so
 * V8 keeps the text as read, and no second copy of it joined to a wrapper.
 */
function compile(file: string, cachePath: string | null): { script: Script; makeCache: boolean } {
  const cachedData = cachePath === null ? undefined : readOrUndefined(cachePath);
  // esbuild writes ASCII (its `charset` default escapes the rest), so the bytes are the text.
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  return { script, makeCache: cachePath !== null && (cachedData === undefined || script.cachedDataRejected === true) };
}

/**
 * The cache file for the bundle `file` as it is now (its size, time and inode name the build)
 * under this Node and platform, or null when caching is off.
 */
function cacheFile(file: string): string | null {
  const env = process.env;
  if (env['COROSIM_NO_CACHE'] !== undefined && env['COROSIM_NO_CACHE'] !== '0') return null;
  const dir = env['COROSIM_CACHE_DIR'] ?? join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'corosim');
  const stat = statSync(file, { bigint: true });
  const key = fnv1a(`${process.version} ${process.arch} ${process.platform} ${file} ${stat.size} ${stat.mtimeNs} ${stat.ino}`);
  return join(dir, `cli-${key}.v8cache`);
}

/**
 * A 64-bit FNV-1a hash of `text` in 16 hex digits (the key is no secret, and node:crypto would
 * cost the start-up more than the hash).
 */
function fnv1a(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

/** The file's bytes, or undefined when it cannot be read. */
function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache whole or not at all (another run may be reading it), and drops the caches of
 * other versions. A failure (a read-only home) only means no cache.
 */
function saveCache(path: string, data: Buffer): void {
  try {
    const dir = dirname(path);
    mkdirSync(dir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, path);
    const name = path.slice(dir.length + 1);
    for (const other of readdirSync(dir)) {
      if (other !== name && /^cli-[0-9a-f]{16}\.v8cache$/.test(other)) rmSync(join(dir, other), { force: true });
    }
  } catch {
    // No cache this time.
  }
}
