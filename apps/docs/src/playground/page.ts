/// <reference lib="dom" />
/**
 * The playground page's script: sends the editor's program to a fresh Web Worker on Run, shows
 * what the worker sends back in the output, timeline and layout panes, and terminates the worker
 * on Stop, so a runaway program never blocks the page.
 * @module
 */
import { ELEMENT_IDS, type ElementName } from './element-ids.ts';
import { EXAMPLE_PROGRAM } from './example.ts';
import { cappedNotes, doneSummary, isWorkerMessage, type LayoutMessage, type RunRequest, type WorkerMessage } from './protocol.ts';

/** The page's element called `name`; the markup always has it. */
function element<T extends HTMLElement>(name: ElementName, type: new () => T): T {
  const found = document.getElementById(ELEMENT_IDS[name]);
  if (!(found instanceof type)) throw new Error(`the playground page has no ${type.name} #${ELEMENT_IDS[name]}`);
  return found;
}

const source = element('source', HTMLTextAreaElement);
const runButton = element('run', HTMLButtonElement);
const stopButton = element('stop', HTMLButtonElement);
const exampleButton = element('example', HTMLButtonElement);
const memory = element('memory', HTMLInputElement);
const status = element('status', HTMLElement);
const output = element('output', HTMLElement);
const outputNote = element('outputNote', HTMLElement);
const timeline = element('timeline', HTMLElement);
const timelineNote = element('timelineNote', HTMLElement);
const layoutStep = element('layoutStep', HTMLSelectElement);
const layoutPrevious = element('layoutPrevious', HTMLButtonElement);
const layoutNext = element('layoutNext', HTMLButtonElement);
const layoutFit = element('layoutFit', HTMLInputElement);
const layout = element('layout', HTMLElement);
const layoutNote = element('layoutNote', HTMLElement);

/** The running worker, when a run is under way. */
let worker: Worker | null = null;
/** When the current run started (page clock, ms). */
let startedAt = 0;
/** The diagrams of the current run, in call order. */
let diagrams: LayoutMessage[] = [];

/** Shows `text` as the run's status; `failed` colours it as an error. */
function setStatus(text: string, failed = false): void {
  status.textContent = text;
  status.classList.toggle('pg-failed', failed);
}

/** Enables Run or Stop, whichever fits. */
function setRunning(running: boolean): void {
  runButton.disabled = running;
  stopButton.disabled = !running;
}

/** Shows the diagram at `position` of the run's list. */
function showDiagram(position: number): void {
  const diagram = diagrams[position];
  if (diagram === undefined) return;
  // The SVG comes from renderLayoutSvg, which escapes every text and attribute it writes.
  layout.innerHTML = diagram.svg;
  layoutStep.value = String(position);
  layoutPrevious.disabled = position === 0;
  layoutNext.disabled = position === diagrams.length - 1;
}

/** Adds a diagram to the list; the first one of a run is shown at once. */
function addDiagram(message: LayoutMessage): void {
  diagrams.push(message);
  const option = document.createElement('option');
  option.value = String(diagrams.length - 1);
  option.textContent = `${diagrams.length}. ${message.title}`;
  layoutStep.append(option);
  layoutStep.disabled = false;
  if (diagrams.length === 1) showDiagram(0);
  else layoutNext.disabled = Number(layoutStep.value) === diagrams.length - 1;
}

/**
 * Appends output text, stderr in its own colour: text that continues stderr goes on in the same
 * span (a traceback arrives in pieces, possibly over several messages).
 */
function appendOutput(stream: 'stdout' | 'stderr', text: string): void {
  if (stream === 'stdout') {
    output.append(text);
    return;
  }
  const last = output.lastChild;
  if (last instanceof HTMLSpanElement && last.className === 'pg-stderr') {
    last.append(text);
    return;
  }
  const span = document.createElement('span');
  span.className = 'pg-stderr';
  span.textContent = text;
  output.append(span);
}

/** Clears every pane for a new run. */
function clearPanes(): void {
  for (const node of [output, outputNote, timeline, timelineNote, layout, layoutNote, layoutStep]) node.replaceChildren();
  diagrams = [];
  layoutStep.disabled = true;
  layoutPrevious.disabled = true;
  layoutNext.disabled = true;
}

/** Ends the current run's worker. */
function endWorker(): void {
  worker?.terminate();
  worker = null;
  setRunning(false);
}

/** Shows one message of the worker. */
function handle(message: WorkerMessage): void {
  switch (message.type) {
    case 'output':
      appendOutput(message.stream, message.text);
      return;
    case 'timeline':
      timeline.append(message.lines.map((line) => `${line}\n`).join(''));
      return;
    case 'layout':
      addDiagram(message);
      return;
    case 'done': {
      endWorker();
      const notes = cappedNotes(message);
      outputNote.textContent = notes.output ?? '';
      timelineNote.textContent = notes.timeline ?? '';
      layoutNote.textContent = notes.layout ?? '';
      setStatus(doneSummary(message, performance.now() - startedAt), message.exitCode !== 0 || message.unsupported !== null);
      return;
    }
    case 'crashed':
      endWorker();
      setStatus(`corosim failed (a bug in corosim, please report it): ${message.message}`, true);
      return;
  }
}

/** Starts a run of the editor's program in a fresh worker. */
function run(): void {
  endWorker();
  clearPanes();
  const request: RunRequest = { type: 'run', source: source.value, memory: memory.checked };
  let started: Worker;
  try {
    started = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'corosim' });
  } catch (error) {
    // Browsers start no worker for a page opened from disk (file://): the site must be served.
    const reason = error instanceof Error ? error.message : String(error);
    setStatus(`cannot start the worker (${reason}); open the site over http, e.g. with a local web server`, true);
    return;
  }
  started.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (worker !== started) return;
    if (isWorkerMessage(event.data)) handle(event.data);
  });
  started.addEventListener('error', (event: ErrorEvent) => {
    if (worker !== started) return;
    endWorker();
    setStatus(`the worker failed: ${event.message || 'it could not start'}`, true);
  });
  worker = started;
  startedAt = performance.now();
  setRunning(true);
  setStatus('running…');
  started.postMessage(request);
}

/** Stops the current run. */
function stop(): void {
  if (worker === null) return;
  endWorker();
  setStatus(`stopped after ${((performance.now() - startedAt) / 1000).toFixed(2)} s`, true);
}

runButton.addEventListener('click', run);
stopButton.addEventListener('click', stop);
exampleButton.addEventListener('click', () => {
  source.value = EXAMPLE_PROGRAM;
});
layoutStep.addEventListener('change', () => {
  showDiagram(Number(layoutStep.value));
});
layoutPrevious.addEventListener('click', () => {
  showDiagram(Number(layoutStep.value) - 1);
});
layoutNext.addEventListener('click', () => {
  showDiagram(Number(layoutStep.value) + 1);
});
/** Whether Tab indents; Escape turns it off until the editor is focused again, to leave by keyboard. */
let tabIndents = true;
source.addEventListener('focus', () => {
  tabIndents = true;
});
layoutFit.addEventListener('change', () => {
  layout.classList.toggle('pg-fit', layoutFit.checked);
});
source.addEventListener('keydown', (event: KeyboardEvent) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  } else if (event.key === 'Escape') {
    tabIndents = false;
  } else if (event.key === 'Tab' && !event.shiftKey && tabIndents) {
    // Python is indented: Tab indents by four spaces instead of leaving the editor.
    event.preventDefault();
    source.setRangeText('    ', source.selectionStart, source.selectionEnd, 'end');
  }
});

setRunning(false);
setStatus('Ready.');
