import { describe, expect, it } from 'vitest';
import { disassemble, runMain } from '../src/index.ts';

describe('public API before the compiler lands', () => {
  it('reports running as unsupported and writes nothing', () => {
    const written: string[] = [];
    const outcome = runMain('print(1)\n', { filename: 'one.py', write: (_, text) => written.push(text) });
    expect(outcome).toEqual({ status: 'unsupported', feature: 'the bytecode compiler' });
    expect(written).toEqual([]);
  });

  it('reports disassembly as unsupported', () => {
    expect(disassemble('x = 1\n', 'x.py')).toEqual({ status: 'unsupported', feature: 'the bytecode compiler' });
  });
});
