// Runs a Python program on corosim and returns what it wrote (stdout and stderr interleaved).
import { runMain } from '../../src/api/run-main.ts';

export function runPy(source: string): string {
  let out = '';
  const outcome = runMain(source, {
    filename: 'main.py',
    write: (_stream, text) => {
      out += text;
    },
  });
  if (outcome.status !== 'exited') return `${out}<unsupported: ${JSON.stringify(outcome)}>`;
  return out;
}
