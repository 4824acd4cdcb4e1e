// Runs a Python program on corosim (with this package's sys functions) and returns stdout and stderr.
import '../src/index.ts';
import { runMain } from '@corosim/vm';

export interface Ran {
  readonly stdout: string;
  readonly stderr: string;
}

/** `0x7f...` addresses differ between CPython and corosim; only their reuse pattern is compared. */
export function normalize(text: string): string {
  return text.replace(/0x[0-9a-f]+/g, '0x?');
}

export function runPython(source: string, filename: string): Ran {
  let stdout = '';
  let stderr = '';
  runMain(source, {
    filename,
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  return { stdout: normalize(stdout), stderr: normalize(stderr) };
}
