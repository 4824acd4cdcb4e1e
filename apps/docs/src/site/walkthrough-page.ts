/**
 * A walkthrough page: the hand-written introduction, the program with line numbers, then the live
 * run step by step, each step's output followed by the diagrams of the layout calls it made
 * (SVG files drawn by `renderLayoutSvg`, the table as printed kept beside each).
 * @module
 */
import { renderLayoutSvg, type LayoutSnapshot } from '@corosim/vm';
import { splitSteps, type Step } from './steps.ts';
import { escapeHtml } from './template.ts';
import type { WalkthroughRun } from './walkthrough-run.ts';

/** A file of the site: its path from the site root and its content. */
export interface SiteFile {
  readonly path: string;
  readonly content: string;
}

/** What a walkthrough page needs. */
export interface WalkthroughPageInput {
  /** `generator`, `coroutine` or `asyncgen`: the page is walkthroughs/NAME.html. */
  readonly name: string;
  readonly filename: string;
  readonly source: string;
  /** The introduction, HTML. */
  readonly introHtml: string;
  readonly run: WalkthroughRun;
}

/** The program with line numbers, as `corosim walkthrough` prints it. */
export function numberedSource(source: string): string {
  const lines = source.replace(/\n$/, '').split('\n');
  const width = String(lines.length).length;
  return lines.map((line, i) => `${String(i + 1).padStart(width)}  ${line}`.trimEnd()).join('\n');
}

/** The SVG file name of snapshot `index`: layout-001.svg for index 0. */
function svgName(index: number): string {
  return `layout-${String(index + 1).padStart(3, '0')}.svg`;
}

/** A diagram of `snapshot` as a figure, its SVG in folder `folder` relative to the page. */
function figureHtml(snapshot: LayoutSnapshot, folder: string): string {
  const caption = snapshot.boxes.map((box) => box.title).join('; ');
  const src = `${folder}/${svgName(snapshot.index)}`;
  return [
    '<figure class="layout">',
    `<a href="${escapeHtml(src)}"><img src="${escapeHtml(src)}" alt="${escapeHtml(`memory layout: ${caption}`)}" loading="lazy"></a>`,
    `<figcaption>${escapeHtml(caption)}</figcaption>`,
    `<details><summary>the table corosim.layout() printed</summary><pre class="table">${escapeHtml(snapshot.table)}</pre></details>`,
    '</figure>',
  ].join('\n');
}

/** Step `step` (number `n`) as a section. */
function stepHtml(step: Step<LayoutSnapshot>, n: number, folder: string): string {
  const heading = step.title === null ? 'start' : step.title;
  const parts = step.parts.map((part) =>
    part.kind === 'text' ? `<pre class="output">${escapeHtml(part.text)}</pre>` : figureHtml(part.item, folder),
  );
  return [`<section class="step" id="step-${n}">`, `<h3><span class="step-number">${n}</span> <code>${escapeHtml(heading)}</code></h3>`, ...parts, '</section>'].join('\n');
}

/**
 * The body of a walkthrough page and the SVG files it shows.
 *
 * @param input - the walkthrough's name, program, introduction and live run
 * @returns the page body (HTML) and the files to write beside it (walkthroughs/NAME/layout-NNN.svg)
 */
export function walkthroughPage(input: WalkthroughPageInput): { readonly body: string; readonly files: readonly SiteFile[] } {
  const { name, run } = input;
  const snapshots = run.layouts.map((mark) => mark.item);
  const byIndex = new Map(snapshots.map((s) => [s.index, s] as const));
  const files = snapshots.map((snapshot) => ({
    path: `walkthroughs/${name}/${svgName(snapshot.index)}`,
    content: renderLayoutSvg(snapshot, snapshot.previousIndex === null ? null : (byIndex.get(snapshot.previousIndex) ?? null)),
  }));
  const steps = splitSteps(run.stdout, run.layouts);
  const body = [
    input.introHtml,
    `<h2>The program <code>${escapeHtml(input.filename)}</code></h2>`,
    `<pre class="program"><code>${escapeHtml(numberedSource(input.source))}</code></pre>`,
    '<h2>The run</h2>',
    `<p class="generated">Output of a live run made when this page was built: ${steps.length} steps, ${snapshots.length} layout diagrams. Fields that changed since the previous diagram of the same object are highlighted.</p>`,
    ...steps.map((step, i) => stepHtml(step, i + 1, name)),
    ...(run.stderr === '' ? [] : ['<h3>Standard error</h3>', `<pre class="output stderr">${escapeHtml(run.stderr)}</pre>`]),
  ].join('\n');
  return { body, files };
}
