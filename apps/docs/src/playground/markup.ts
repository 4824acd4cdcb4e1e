/**
 * The playground page's HTML: the editor with its example program, the Run and Stop buttons,
 * and the output, timeline and layout panes, plus the page's own styles. The page script
 * (`page.ts`) brings it to life; without JavaScript the example is still readable.
 * @module
 */
import { escapeHtml } from '../site/template.ts';
import { ELEMENT_IDS as ID } from './element-ids.ts';
import { INSTRUCTION_BUDGET, MAX_TIMELINE_EVENTS } from './protocol.ts';

/** The page's styles: small, and only for what the site stylesheet does not know. */
export const PLAYGROUND_CSS = `
.pg-intro { max-width: 60rem; }
.pg-editor textarea { width: 100%; box-sizing: border-box; min-height: 24rem; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; tab-size: 4; padding: .6rem; border: 1px solid #c8ccd2; border-radius: 4px; background: #fbfbfc; resize: vertical; }
.pg-controls { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; margin: .5rem 0 1rem; }
.pg-controls button { font: inherit; padding: .3rem .9rem; border-radius: 4px; border: 1px solid #8a9099; background: #fff; cursor: pointer; }
.pg-controls button.pg-primary { background: #2f5d9b; border-color: #2f5d9b; color: #fff; }
.pg-controls button:disabled { opacity: .45; cursor: default; }
.pg-status { color: #4a5360; }
.pg-status.pg-failed { color: #a4161a; }
.pg-pane h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.pg-pane pre { max-height: 28rem; overflow: auto; margin: 0; padding: .6rem; border: 1px solid #dde0e4; border-radius: 4px; background: #f6f7f9; font-size: 12px; line-height: 1.4; white-space: pre; }
.pg-pane pre:empty::before { content: attr(data-empty); color: #8a9099; font-style: italic; }
.pg-stderr { color: #a4161a; }
.pg-note { color: #6b4e00; margin: .3rem 0; }
.pg-note:empty { display: none; }
.pg-layout-controls { display: flex; gap: .5rem; align-items: center; margin-bottom: .5rem; }
.pg-layout-controls select { font: inherit; max-width: 42rem; }
.pg-layout { overflow: auto; border: 1px solid #dde0e4; border-radius: 4px; min-height: 3rem; padding: .5rem; background: #fff; }
.pg-layout:empty::before { content: attr(data-empty); color: #8a9099; font-style: italic; }
.pg-layout svg { display: block; max-width: none; height: auto; }
.pg-layout.pg-fit svg { max-width: 100%; }
`;

/**
 * The body of the playground page.
 *
 * @param example - the program the editor opens with
 * @returns HTML for the site template's `<main>`
 * @example
 * ```ts
 * const body = playgroundBody('print(1)\n');
 * ```
 */
export function playgroundBody(example: string): string {
  return `<h1>Playground</h1>
<p class="pg-intro">Type a Python 3.8 program and run it here, in your browser: corosim runs it in virtual time
(<code>asyncio.sleep</code> takes no real time) and shows its output, the timeline of what the VM, the async-generator
hooks and the asyncio loop did (as <code>corosim trace</code> prints it), and a diagram of the CPython 3.8 memory layout
of every object passed to <code>corosim.layout()</code>. A run stops after ${INSTRUCTION_BUDGET.toLocaleString('en-US')}
bytecode instructions; <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs the program.</p>
<div class="pg-editor">
<label for="${ID.source}">Program (<code>main.py</code>)</label>
<textarea id="${ID.source}" spellcheck="false" autocapitalize="off" autocomplete="off">${escapeHtml(example)}</textarea>
</div>
<div class="pg-controls">
<button id="${ID.run}" class="pg-primary" type="button" disabled>Run</button>
<button id="${ID.stop}" type="button" disabled>Stop</button>
<button id="${ID.example}" type="button">Restore the example</button>
<label><input id="${ID.memory}" type="checkbox"> alloc and free events in the timeline</label>
<span id="${ID.status}" class="pg-status" role="status" aria-live="polite">Loading…</span>
</div>
<script>
// Browsers load no module script or worker for a page opened from disk: say so instead of "Loading…".
if (location.protocol === 'file:') document.getElementById('${ID.status}').textContent = 'The playground runs only when the site is served over http (for example by a local web server).';
</script>
<section class="pg-pane">
<h2>Output</h2>
<p id="${ID.outputNote}" class="pg-note"></p>
<pre id="${ID.output}" data-empty="Run the program to see what it prints."></pre>
</section>
<section class="pg-pane">
<h2>Timeline</h2>
<p id="${ID.timelineNote}" class="pg-note"></p>
<pre id="${ID.timeline}" data-empty="The events of the run, at most ${MAX_TIMELINE_EVENTS}, appear here."></pre>
</section>
<section class="pg-pane">
<h2>Layout</h2>
<div class="pg-layout-controls">
<button id="${ID.layoutPrevious}" type="button" aria-label="previous diagram" disabled>←</button>
<select id="${ID.layoutStep}" aria-label="diagram" disabled></select>
<button id="${ID.layoutNext}" type="button" aria-label="next diagram" disabled>→</button>
<label><input id="${ID.layoutFit}" type="checkbox"> fit to width</label>
</div>
<p id="${ID.layoutNote}" class="pg-note"></p>
<div id="${ID.layout}" class="pg-layout" data-empty="Every corosim.layout(obj) call of the run draws a diagram here; changed fields are highlighted."></div>
</section>`;
}
