import { describe, expect, it } from 'vitest';
import { judgeDis, judgeRun } from '../src/check.ts';
import type { Case } from '../src/corpus.ts';

const testCase: Case = {
  id: 'gen/demo',
  area: 'gen',
  file: 'gen/demo.py',
  run: { stdout: '<gen at 0x?>\n', stderr: 'Traceback (most recent call last):\nValueError\n', exitCode: 1 },
  dis: '  1           0 LOAD_CONST               0 (None)\n',
};

describe('judgeRun', () => {
  it('passes when stdout, stderr and exit status match after normalisation', () => {
    const observed = { stdout: '<gen at 0x7f00aa>\n', stderr: 'Traceback (most recent call last):\nValueError\n', exitCode: 1 };
    expect(judgeRun(testCase, observed)).toEqual({ pass: true });
  });

  it('fails on the exit status alone', () => {
    const observed = { stdout: '<gen at 0x1>\n', stderr: 'Traceback (most recent call last):\nValueError\n', exitCode: 0 };
    expect(judgeRun(testCase, observed)).toEqual({ pass: false, reason: 'exit status: expected 1, got 0' });
  });

  it('reports stdout before stderr', () => {
    expect(judgeRun(testCase, { stdout: '', stderr: '', exitCode: 1 })).toEqual({
      pass: false,
      reason: 'stdout line 1: expected "<gen at 0x?>", got ""',
    });
  });
});

describe('judgeDis', () => {
  it('compares the listing byte for byte', () => {
    expect(judgeDis(testCase, '  1           0 LOAD_CONST               0 (None)\n')).toEqual({ pass: true });
    expect(judgeDis(testCase, '  1           0 LOAD_CONST              0 (None)\n').pass).toBe(false);
  });
});
