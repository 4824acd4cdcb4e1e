import { describe, expect, it } from 'vitest';
import { splitSteps, type OutputMark } from '../src/site/steps.ts';

/** Output as a walkthrough writes it: a blank line and `=== title` before every step. */
function output(...pieces: string[]): string {
  return pieces.join('');
}

describe('splitSteps', () => {
  it('opens a step at every line starting with "=== ", dropping the blank line before it', () => {
    const text = output('\n=== first\n', 'a\nb\n', '\n=== second\n', 'c\n');
    expect(splitSteps(text, [])).toEqual([
      { title: 'first', parts: [{ kind: 'text', text: 'a\nb\n' }] },
      { title: 'second', parts: [{ kind: 'text', text: 'c\n' }] },
    ]);
  });

  it('keeps output before the first step as a step without a title', () => {
    expect(splitSteps('intro\n\n=== one\nx\n', [])).toEqual([
      { title: null, parts: [{ kind: 'text', text: 'intro\n' }] },
      { title: 'one', parts: [{ kind: 'text', text: 'x\n' }] },
    ]);
  });

  it('does not split at "===" inside a line or without the space', () => {
    const [only] = splitSteps('=== t\nx === y\n===z\n', []);
    expect(only).toEqual({ title: 't', parts: [{ kind: 'text', text: 'x === y\n===z\n' }] });
  });

  it('puts each mark in its step in place of the table it printed after the mark', () => {
    const before = '=== one\nlasti 3\n';
    const table = 'TABLE\nrow\n';
    const after = 'more\n\n=== two\ny\n';
    const marks: OutputMark<string>[] = [{ offset: before.length, printed: table, item: 'L0' }];
    expect(splitSteps(before + table + after, marks)).toEqual([
      { title: 'one', parts: [{ kind: 'text', text: 'lasti 3\n' }, { kind: 'mark', item: 'L0' }, { kind: 'text', text: 'more\n' }] },
      { title: 'two', parts: [{ kind: 'text', text: 'y\n' }] },
    ]);
  });

  it('also finds the table when it was printed before the mark was recorded', () => {
    const before = '=== one\n';
    const table = 'TABLE\n';
    const marks: OutputMark<string>[] = [{ offset: (before + table).length, printed: table, item: 'L0' }];
    expect(splitSteps(`${before}${table}tail\n`, marks)).toEqual([
      { title: 'one', parts: [{ kind: 'mark', item: 'L0' }, { kind: 'text', text: 'tail\n' }] },
    ]);
  });

  it('places a mark whose text is not found at its offset, cutting nothing', () => {
    const text = '=== one\nabc\n';
    const marks: OutputMark<string>[] = [{ offset: text.length, printed: 'elsewhere\n', item: 'L0' }];
    expect(splitSteps(text, marks)).toEqual([{ title: 'one', parts: [{ kind: 'text', text: 'abc\n' }, { kind: 'mark', item: 'L0' }] }]);
  });

  it('keeps consecutive marks in offset order within their steps', () => {
    const a = '=== one\n';
    const b = '\n=== two\n';
    const marks: OutputMark<string>[] = [
      { offset: a.length + 'T1\n'.length + b.length, printed: 'T2\n', item: 'second' },
      { offset: a.length, printed: 'T1\n', item: 'first' },
    ];
    const steps = splitSteps(`${a}T1\n${b}T2\n`, marks);
    expect(steps.map((s) => [s.title, s.parts])).toEqual([
      ['one', [{ kind: 'mark', item: 'first' }]],
      ['two', [{ kind: 'mark', item: 'second' }]],
    ]);
  });
});
