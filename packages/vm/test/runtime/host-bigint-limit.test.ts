// A number too big for the host's BigInt (a float formatted to two billion places, which CPython
// would write out as a 2 GB str) is a MemoryError the program can catch, never a host crash.
import { describe, expect, it } from 'vitest';
import { runPython } from '../support/run-python.ts';

describe('host BigInt limit', () => {
  it('raises MemoryError where the host cannot hold the number', () => {
    const source = [
      "for spec in ('%.2147483647f', '%.2147483647e'):",
      '    try:',
      '        print(len(spec % 1.0))',
      '    except MemoryError as e:',
      "        print('MemoryError', repr(e))",
      "print('end')",
      '',
    ].join('\n');
    const run = runPython(source);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('MemoryError MemoryError()\nMemoryError MemoryError()\nend\n');
    expect(run.exitCode).toBe(0);
  });
});
