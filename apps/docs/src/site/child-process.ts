/**
 * Running a Node script as a child process without blocking the build, so the slow live runs
 * (the conformance corpus, TypeDoc) go on while the walkthroughs run in-process.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** How a child process ended and what it printed. */
export interface ChildResult {
  /** Its exit status, or null when a signal ended it. */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Why it could not start, or null. */
  readonly startError: string | null;
}

/** The children still running, so a failed build can end them instead of waiting for them. */
const running = new Set<ChildProcess>();

/** Ends every child this module started that is still running (a failed build calls it). */
export function stopChildren(): void {
  for (const child of running) child.kill();
  running.clear();
}

/** Runs `node SCRIPT ARGS...` in folder `cwd` and resolves when it ends. */
export function runNodeScript(script: string, args: readonly string[], cwd: string): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let startError: string | null = null;
    child.on('error', (error) => {
      startError = error.message;
    });
    child.on('close', (status) => {
      running.delete(child);
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), startError });
    });
  });
}

/** The last non-empty line of `text`, for one-line failure messages. */
export function lastLine(text: string): string {
  return text.trimEnd().split('\n').pop()?.trim() ?? '';
}
