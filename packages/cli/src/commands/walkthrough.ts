/**
 * `corosim walkthrough generator|coroutine|asyncgen`: replays one of the three walkthroughs
 * (a generator stepped with `send()`, coroutines under asyncio, an async generator stepped with
 * `asend()`): prints the program, then runs it, each step printing its output and the memory
 * layout of the object as CPython 3.8 has it.
 * @module
 */
import { runMain, type LayoutSnapshot } from '@corosim/vm';
import '../python-runtime.ts';
import type { CliIo } from '../cli-io.ts';
import { layoutWriter } from './layout-writer.ts';

/** A walkthrough's name. */
export type WalkthroughName = 'generator' | 'coroutine' | 'asyncgen';

/** What each walkthrough shows. */
const SUMMARIES: Readonly<Record<WalkthroughName, string>> = {
  generator: 'fib() stepped with send(): f_lasti and the PyGenObject at every step',
  coroutine: 'a coroutine that sleeps, fails and awaits a copy of itself under asyncio: the PyCoroObject every 2 virtual seconds',
  asyncgen: 'async_fib() stepped with asend() through run_until_complete: the PyAsyncGenObject and each asend awaitable',
};

/** A walkthrough program. */
export interface WalkthroughScript {
  readonly filename: string;
  readonly source: string;
}

/** The program with line numbers, as the walkthrough prints it. */
function numbered(source: string): string {
  const lines = source.replace(/\n$/, '').split('\n');
  const width = String(lines.length).length;
  return lines.map((line, i) => `${String(i + 1).padStart(width)}  ${line}`.trimEnd()).join('\n');
}

/** A missing piece of the VM named by the program's error output, or null. */
function missingPiece(stderr: string): string | null {
  const module = /ModuleNotFoundError: No module named '([\w.]+)'/.exec(stderr);
  if (module !== null) return `the ${module[1] ?? ''} module`;
  const name = /NotImplementedError: (.*)$/m.exec(stderr);
  return name === null ? null : (name[1] ?? null);
}

/**
 * Plays walkthrough `name` with the program `script` and returns the exit status.
 *
 * @remarks
 * The program's stderr is held back until it ends: when the VM lacks a piece the walkthrough
 * needs, the walkthrough ends with one line `corosim: not available yet: ...` and status 1
 * instead of a traceback.
 */
export function playWalkthrough(
  name: WalkthroughName,
  script: WalkthroughScript,
  io: CliIo,
  onLayout?: (snapshot: LayoutSnapshot) => void,
): number {
  io.stdout(`corosim walkthrough ${name}: ${SUMMARIES[name]}\n\n`);
  io.stdout(`--- the program (${script.filename}) ---\n${numbered(script.source)}\n\n--- the run ---\n`);
  let stderr = '';
  const outcome = runMain(script.source, {
    filename: script.filename,
    ...(onLayout === undefined ? {} : { onLayout }),
    write: (stream, text) => {
      if (stream === 'stdout') io.stdout(text);
      else stderr += text;
    },
  });
  if (outcome.status === 'unsupported') {
    io.stderr(`corosim: not available yet: ${outcome.feature}\n`);
    return 1;
  }
  if (outcome.exitCode !== 0) {
    const missing = missingPiece(stderr);
    if (missing !== null) {
      io.stderr(`corosim: not available yet: ${missing}\n`);
      return 1;
    }
  }
  io.stderr(stderr);
  return outcome.exitCode;
}

/**
 * `corosim walkthrough NAME`: plays the bundled walkthrough and returns the exit status; with
 * `layoutDir`, each layout it shows is also drawn there as `layout-NNN.svg`.
 */
export async function walkthroughCommand(name: WalkthroughName, io: CliIo, layoutDir: string | null = null): Promise<number> {
  const { WALKTHROUGH_SCRIPTS } = await import('../walkthroughs/scripts.ts');
  return playWalkthrough(name, WALKTHROUGH_SCRIPTS[name], io, layoutDir === null ? undefined : layoutWriter(layoutDir));
}
