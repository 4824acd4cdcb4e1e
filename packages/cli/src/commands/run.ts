/**
 * `corosim run FILE.py`: runs a program as `python3.8 FILE.py` would, in virtual time.
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { directoryModuleFinder, runMain, type LayoutSnapshot } from '@corosim/vm';
import '../python-runtime.ts';
import type { CliIo } from '../cli-io.ts';
import { readSource } from '../read-source.ts';
import { layoutWriter } from './layout-writer.ts';
import { notYet } from './not-yet.ts';
import { youngPromotion } from '../young-promotion.ts';

/** Limits of a run. */
export interface RunLimits {
  readonly instructionBudget: number;
  readonly heapBudget: number;
  /** The reference-count debug mode (default: off). */
  readonly checkRefcounts?: boolean;
  /** Runs of a code object before it is compiled to JS (`runMain`'s default when absent). */
  readonly jitThreshold?: number;
}

/**
 * Runs the program at `path` with the arguments `args` (`sys.argv[1:]`) and returns its exit
 * status; with `layoutDir`, every `corosim.layout()` call of the program is also drawn there as
 * `layout-NNN.svg`.
 */
export function runCommand(path: string, args: readonly string[], io: CliIo, limits: RunLimits, layoutDir: string | null = null): number {
  return runFile('run', path, args, io, limits, layoutDir === null ? undefined : layoutWriter(layoutDir));
}

/**
 * Runs the program at `path` as `python3.8 FILE ARGS` would, its own modules found beside it; the
 * program's output goes to `io`. `command` names the command in the "not implemented" message.
 */
export function runFile(
  command: string,
  path: string,
  args: readonly string[],
  io: CliIo,
  limits: RunLimits,
  onLayout?: (snapshot: LayoutSnapshot) => void,
): number {
  const source = readSource(path);
  if (source.status === 'syntax-error') {
    // The file cannot be read as Python source: `python3.8 FILE` fails before compiling it.
    io.stderr(source.stderr);
    return 1;
  }
  const scriptDirectory = resolve(dirname(path));
  const outcome = runMain(source.text, {
    filename: path,
    scriptDirectory,
    args,
    ...limits,
    ...(onLayout === undefined ? {} : { onLayout }),
    findModule: directoryModuleFinder(scriptDirectory, readIfFile, isDirectory),
    onHotCode: youngPromotion(),
    write: (stream, text) => {
      io[stream](text);
    },
  });
  if (outcome.status === 'unsupported') throw notYet(command, path, outcome.feature);
  return outcome.exitCode;
}

/** Whether `path` is a directory (the VM's imports search folders as CPython's PathFinder does). */
function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** A file's bytes (the VM decodes them as importlib does), or null when there is no such regular file. */
function readIfFile(path: string): Uint8Array | null {
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  return readFileSync(path);
}
