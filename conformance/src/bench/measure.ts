/**
 * One timed run of a command: wall time, peak resident memory and what it printed. Peak memory
 * comes from GNU time (`/usr/bin/time`, Debian's `time` package), which reads it from wait4();
 * where it is missing, memory is reported as unknown rather than guessed.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** What one run gave. */
export interface Measurement {
  readonly wallSeconds: number;
  /** Peak resident set size in KiB, or `null` where it cannot be measured. */
  readonly peakKiB: number | null;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command to measure. */
export interface Command {
  readonly file: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs `command` once in `cwd` and measures it. */
export function measure(command: Command, cwd: string, timeoutMs: number): Measurement {
  const scratch = mkdtempSync(join(tmpdir(), 'corosim-bench-'));
  const report = join(scratch, 'time.txt');
  const useGnuTime = existsSync(GNU_TIME);
  const [file, args] = useGnuTime
    ? [GNU_TIME, ['-f', '%M', '-o', report, command.file, ...command.args]]
    : [command.file, [...command.args]];
  const start = process.hrtime.bigint();
  const child = spawnSync(file, args, {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...command.env },
  });
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  let peakKiB: number | null = null;
  if (useGnuTime && existsSync(report)) {
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    const value = Number.parseInt(lines.at(-1) ?? '', 10);
    peakKiB = Number.isFinite(value) ? value : null;
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wallSeconds, peakKiB, exitCode: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
