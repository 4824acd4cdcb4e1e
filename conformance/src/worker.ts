/**
 * A pool worker: checks the cases the runner sends it, one message per case, in-process.
 * @module
 */
import { parentPort } from 'node:worker_threads';
import type { CheckKind } from './check.ts';
import { loadCase } from './corpus.ts';
import { executeCase, type RunSettings } from './execute.ts';

/** What the runner asks a worker to do. */
export interface CaseRequest {
  readonly root: string;
  readonly file: string;
  readonly kinds: readonly CheckKind[];
  readonly settings: RunSettings;
}

const port = parentPort;
if (port === null) throw new Error('worker.js runs only as a worker thread of the conformance runner');
port.on('message', (request: CaseRequest) => {
  port.postMessage(executeCase(request.root, loadCase(request.root, request.file), request.kinds, request.settings));
});
