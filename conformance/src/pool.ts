/**
 * A pool of worker threads that checks cases in parallel, one case at a time per worker. A case
 * that runs longer than the time limit, or crashes its worker, fails alone: its worker is
 * replaced and the run goes on.
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { CheckResult } from './execute.ts';
import type { Case } from './corpus.ts';
import type { CheckKind } from './check.ts';
import type { CaseRequest } from './worker.ts';
import type { RunSettings } from './execute.ts';

/** How to run the pool. */
export interface PoolOptions {
  readonly root: string;
  readonly kinds: readonly CheckKind[];
  /** How the programs are run. */
  readonly settings: RunSettings;
  readonly workers: number;
  readonly timeoutMs: number;
  /** Called once per case as it finishes, in completion order. */
  readonly onDone: (testCase: Case, results: readonly CheckResult[]) => void;
}

const WORKER = new URL('./worker.js', import.meta.url);

function failAll(testCase: Case, kinds: readonly CheckKind[], reason: string): CheckResult[] {
  return kinds
    .filter((kind) => (kind === 'run' ? testCase.run : testCase.dis) !== undefined)
    .map((kind) => ({ kind, id: testCase.id, area: testCase.area, verdict: { pass: false, reason } }));
}

/** Checks every case of `cases` and resolves when all are done. */
export function runPool(cases: readonly Case[], options: PoolOptions): Promise<void> {
  let next = 0;
  let running = 0;
  return new Promise((resolve) => {
    const startSlot = (): void => {
      if (next >= cases.length) {
        if (running === 0) resolve();
        return;
      }
      // Python recursion through native code nests JavaScript calls: give programs a deep stack.
      const worker = new Worker(WORKER, { resourceLimits: { stackSizeMb: 256 } });
      running += 1;
      let current: Case | undefined;
      let timer: NodeJS.Timeout | undefined;
      const finish = (results: readonly CheckResult[]): void => {
        clearTimeout(timer);
        if (current !== undefined) options.onDone(current, results);
        current = undefined;
      };
      const retire = (reason: string): void => {
        if (current !== undefined) finish(failAll(current, options.kinds, reason));
        worker.removeAllListeners();
        void worker.terminate();
        running -= 1;
        startSlot();
      };
      const feed = (): void => {
        const testCase = cases[next];
        if (testCase === undefined) {
          worker.removeAllListeners();
          void worker.terminate();
          running -= 1;
          if (running === 0) resolve();
          return;
        }
        next += 1;
        current = testCase;
        timer = setTimeout(() => {
          retire(`timed out after ${options.timeoutMs / 1000} s`);
        }, options.timeoutMs);
        const request: CaseRequest = { root: options.root, file: testCase.file, kinds: options.kinds, settings: options.settings };
        worker.postMessage(request);
      };
      worker.on('message', (results: CheckResult[]) => {
        finish(results);
        feed();
      });
      worker.on('error', (error) => {
        retire(`worker crashed: ${error.message.split('\n')[0] ?? ''}`);
      });
      worker.on('exit', () => {
        if (current !== undefined) retire('worker exited');
      });
      feed();
    };
    const slots = Math.max(1, Math.min(options.workers, cases.length));
    if (cases.length === 0) resolve();
    for (let i = 0; i < slots; i++) startSlot();
  });
}
