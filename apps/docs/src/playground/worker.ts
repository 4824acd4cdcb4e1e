/**
 * The playground's Web Worker: runs one program with the same Python as the `corosim` command
 * (`@corosim/cli`'s runtime: the VM with asyncio and the async-generator hooks) and the same
 * timeline as `corosim trace`, within an instruction and a heap budget, and streams output,
 * timeline lines and layout diagrams to the page. The page starts a fresh worker for every run
 * and terminates it to stop a run, so the VM never blocks the page.
 * @module
 */
import { runMain } from '@corosim/vm';
import { formatLine, isShownKind, pythonRuntimeReady, traceTimeline } from '@corosim/cli';
import { HEAP_BUDGET, INSTRUCTION_BUDGET, PROGRAM_FILENAME, isRunRequest, type RunRequest, type WorkerMessage } from './protocol.ts';
import { RunCollector } from './run-collector.ts';

/** What this file uses of a dedicated worker's global scope. */
interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  readonly performance: { now(): number };
}

const scope = globalThis as unknown as WorkerScope;

/** Runs `request`'s program, sending everything it does to the page. */
function run(request: RunRequest): void {
  if (!pythonRuntimeReady) throw new Error('the Python runtime (asyncio, asyncgen hooks) is not installed');
  const collector = new RunCollector(
    (message) => {
      scope.postMessage(message);
    },
    () => scope.performance.now(),
  );
  const filter = { only: null, memory: request.memory };
  const subscription = traceTimeline().subscribe((entry) => {
    if (isShownKind(entry.event.kind, filter)) collector.event(() => formatLine(entry));
  });
  try {
    const outcome = runMain(request.source, {
      filename: PROGRAM_FILENAME,
      scriptDirectory: '/',
      instructionBudget: INSTRUCTION_BUDGET,
      heapBudget: HEAP_BUDGET,
      write: (stream, text) => {
        collector.write(stream, text);
      },
      onLayout: (snapshot) => {
        collector.layout(snapshot);
      },
    });
    if (outcome.status === 'exited') collector.finish(outcome.exitCode, null);
    else collector.finish(1, outcome.feature);
  } finally {
    subscription.unsubscribe();
  }
}

scope.addEventListener('message', (event) => {
  if (!isRunRequest(event.data)) return;
  try {
    run(event.data);
  } catch (error) {
    // A defect in corosim, never the program's fault: one line for the page, as the CLI prints.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    scope.postMessage({ type: 'crashed', message: message.split('\n')[0] ?? '' });
  }
});
