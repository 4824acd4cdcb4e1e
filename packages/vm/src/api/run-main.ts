/**
 * Running a program as `python3.8 FILE` runs it: as `__main__`, writing to stdout and stderr,
 * ending with an exit status. Mirrors CPython 3.8 Modules/main.c `pymain_run_file`.
 * @module
 */
import { compile } from './compile.ts';
import type { CompileWarning } from '../compiler/compiler.ts';
import type { OutputStream, Unsupported } from './outcome.ts';
import { runProgram } from '../runtime/run-program.ts';
import type { ModuleFinder } from '../runtime/import-system.ts';
import type { LayoutSnapshot } from '../inspect/snapshot.ts';

/** How to run a program. */
export interface RunOptions {
  /** The file name tracebacks and `__file__` show, as given on the command line. */
  readonly filename: string;
  /** Receives everything the program writes, in the order it writes it. */
  readonly write: (stream: OutputStream, text: string) => void;
  /** The script's folder, absolute: `sys.path[0]` (default: the folder part of `filename`). */
  readonly scriptDirectory?: string;
  /** The program's arguments, `sys.argv[1:]` (`sys.argv[0]` is `filename`; default: none). */
  readonly args?: readonly string[];
  /** Finds the program's own modules by dotted name (default: the program imports nothing of its own). */
  readonly findModule?: ModuleFinder;
  /** Most instructions to run before stopping the program (default: unbounded). */
  readonly instructionBudget?: number;
  /** Most bytes the simulated heap may hold (default: unbounded). */
  readonly heapBudget?: number;
  /**
   * Receives a snapshot at every `corosim.layout(obj)` call of the program, in call order (the
   * call still prints its table); `renderLayoutSvg` draws one.
   */
  readonly onLayout?: (snapshot: LayoutSnapshot) => void;
  /**
   * Checks the reference counts as a debug build would (default: off): no count may move after
   * its object was freed, and nothing CPython 3.8 frees may be left on the heap at exit. What it
   * finds is written to stderr after the program's output, lines starting
   * `corosim: refcount check:`, and the exit status becomes 70.
   */
  readonly checkRefcounts?: boolean;
  /**
   * How often a code object runs (calls plus loop iterations) before it is compiled to JS
   * (default: 200). Compiling changes nothing the program can see: 0 compiles everything on
   * first entry and `Infinity` nothing, which tests use to check exactly that.
   */
  readonly jitThreshold?: number;
  /**
   * The host's housekeeping, called each time a code object has just been compiled to JS, as the
   * program enters code it will spend its time in (default: none): the CLI has V8 promote the
   * objects set up for it. It must not run Python code or touch anything the program can see.
   */
  readonly onHotCode?: () => void;
}

/** How a run ended: the process exit status `python3.8 FILE` would have returned. */
export type RunOutcome = { readonly status: 'exited'; readonly exitCode: number } | Unsupported;

/**
 * Runs `source` as the `__main__` module.
 *
 * @remarks
 * Output goes to `options.write` as the program produces it; the outcome carries only the exit
 * status. A program that does not compile fails as `python3.8 FILE` fails on it (the error on
 * stderr, exit status 1).
 *
 * @param source - the program text, already decoded
 * @param options - file name, output sink, module finder and limits
 * @returns the exit status, or what the VM cannot do yet
 * @example
 * ```ts
 * const outcome = runMain('print(1)\n', { filename: 'one.py', write: (_, text) => { out += text; } });
 * ```
 * @see CPython 3.8 Modules/main.c pymain_run_file
 */
export function runMain(source: string, options: RunOptions): RunOutcome {
  // The compiler's SyntaxWarnings are shown once the interpreter is up, before the program runs.
  const warnings: CompileWarning[] = [];
  const outcome = compile(source, options.filename, 0, (w) => {
    warnings.push(w);
    return undefined;
  });
  if (outcome.status === 'syntax-error') {
    options.write('stderr', outcome.stderr);
    return { status: 'exited', exitCode: 1 };
  }
  const result = runProgram(outcome.code, { ...options, source, compileWarnings: warnings });
  return { status: 'exited', exitCode: result.exitCode };
}
