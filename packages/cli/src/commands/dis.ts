/**
 * `corosim dis FILE.py`: prints what CPython 3.8's `dis.dis()` prints for the program's module
 * code object, recursing into nested code objects.
 * @module
 */
import { disassemble } from '@corosim/vm';
import type { CliIo } from '../cli-io.ts';
import { readSource } from '../read-source.ts';

/** Disassembles the program at `path` and returns the exit status. */
export function disCommand(path: string, io: CliIo): number {
  const source = readSource(path);
  if (source.status === 'syntax-error') {
    io.stderr(source.stderr);
    return 1;
  }
  const outcome = disassemble(source.text, path);
  switch (outcome.status) {
    case 'ok':
      io.stderr(outcome.stderr);
      io.stdout(outcome.listing);
      return 0;
    case 'syntax-error':
      // A program that does not compile fails as `python3.8 FILE` fails on it.
      io.stderr(outcome.stderr);
      return 1;
  }
}
