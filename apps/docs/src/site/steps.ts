/**
 * A walkthrough's output cut into its steps: every line that starts with `=== ` opens a step,
 * and the `corosim.layout()` calls made during a step go into it where they were made, in
 * place of the table they printed.
 * @module
 */

/** Something that happened at a point of the output: a layout call, with the text it printed. */
export interface OutputMark<T> {
  /** How many characters of output had been written when it happened. */
  readonly offset: number;
  /** The text it printed (removed from the output around `offset` when found there). */
  readonly printed: string;
  readonly item: T;
}

/** A piece of a step: output text, or a mark. */
export type StepPart<T> = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'mark'; readonly item: T };

/** One step: the title after `=== ` (null for output before the first step) and its parts. */
export interface Step<T> {
  readonly title: string | null;
  readonly parts: readonly StepPart<T>[];
}

/** Where `mark.printed` sits in `output` near `mark.offset`: [start, end), or empty at the offset. */
function printedRange<T>(output: string, mark: OutputMark<T>, from: number): readonly [number, number] {
  const { offset, printed } = mark;
  if (printed !== '' && output.startsWith(printed, offset)) return [offset, offset + printed.length];
  const before = offset - printed.length;
  if (printed !== '' && before >= from && output.slice(before, offset) === printed) return [before, offset];
  return [offset, offset];
}

/** The output as text and marks in order, each mark's printed text cut out. */
function interleave<T>(output: string, marks: readonly OutputMark<T>[]): StepPart<T>[] {
  const parts: StepPart<T>[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.offset - b.offset)) {
    const [start, end] = printedRange(output, mark, at);
    if (start > at) parts.push({ kind: 'text', text: output.slice(at, start) });
    parts.push({ kind: 'mark', item: mark.item });
    at = Math.max(at, end);
  }
  if (at < output.length) parts.push({ kind: 'text', text: output.slice(at) });
  return parts;
}

/** A step whose text parts are trimmed of the blank lines around them, empty ones dropped. */
function tidy<T>(title: string | null, parts: readonly StepPart<T>[]): Step<T> {
  const kept: StepPart<T>[] = [];
  for (const part of parts) {
    if (part.kind === 'mark') kept.push(part);
    else {
      const text = part.text.replace(/^\n+/, '').replace(/\n+$/, '\n');
      if (text.trim() !== '') kept.push({ kind: 'text', text });
    }
  }
  return { title, parts: kept };
}

/**
 * Splits walkthrough output `output` into steps at the lines starting with `=== `, placing each
 * of `marks` in the step during which it happened.
 *
 * @remarks
 * A mark's printed text is taken out of the output when it is found right after or right before
 * the mark's offset (the page shows the mark instead). Output before the first `=== ` line is a
 * step with a null title, left out when it is empty.
 *
 * @param output - everything the program wrote to stdout
 * @param marks - the layout calls, with the output offset at which each was made
 * @returns the steps in order
 */
export function splitSteps<T>(output: string, marks: readonly OutputMark<T>[]): Step<T>[] {
  const steps: Step<T>[] = [];
  let title: string | null = null;
  let parts: StepPart<T>[] = [];
  const close = (): void => {
    const step = tidy(title, parts);
    if (step.title !== null || step.parts.length > 0) steps.push(step);
  };
  for (const part of interleave(output, marks)) {
    if (part.kind === 'mark') {
      parts.push(part);
      continue;
    }
    let at = 0;
    for (const heading of part.text.matchAll(/^=== (.*)$\n?/gm)) {
      if (heading.index > at) parts.push({ kind: 'text', text: part.text.slice(at, heading.index) });
      close();
      title = heading[1] ?? '';
      parts = [];
      at = heading.index + heading[0].length;
    }
    if (at < part.text.length) parts.push({ kind: 'text', text: part.text.slice(at) });
  }
  close();
  return steps;
}
