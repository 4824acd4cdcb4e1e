/**
 * `corosim run FILE.py`: runs a program as `python3.8 FILE.py` would, in virtual time.
 * @module
 */
import { runMain } from '@corosim/vm';
import type { CliIo } from '../cli-io.ts';
import { readSource } from '../read-source.ts';
import { notYet } from './not-yet.ts';

/** Runs the program at `path` and returns its exit status. */
export function runCommand(path: string, io: CliIo): number {
  const source = readSource(path);
  const outcome = runMain(source, {
    filename: path,
    write: (stream, text) => {
      io[stream](text);
    },
  });
  if (outcome.status === 'unsupported') throw notYet('run', path, outcome.feature);
  return outcome.exitCode;
}
