/**
 * The `corosim` command line: commands, options and help, parsed by commander. Every usage error
 * is one line on stderr and exit status 2.
 * @module
 */
import { Command, CommanderError } from 'commander';
import type { CliIo } from './cli-io.ts';
import { USAGE_EXIT, UsageError } from './usage-error.ts';

declare const COROSIM_VERSION: string;

/** The version printed by `corosim --version`, set from package.json when the CLI is bundled. */
export const version: string = typeof COROSIM_VERSION === 'string' ? COROSIM_VERSION : '0.0.0-dev';

/** Default instruction budget of `run`: minutes of work, never forever. */
const DEFAULT_MAX_INSTRUCTIONS = 10_000_000_000;

/** Default simulated heap budget of `run`: 1 GiB of CPython objects. */
const DEFAULT_MAX_HEAP = 2 ** 30;

/** A positive whole number option. */
function parseLimit(text: string): number {
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`expected a positive whole number, not '${text}'`);
  return n;
}

/** `--jit-threshold`: a whole number of runs (0 compiles at once), or `never`. */
function parseThreshold(text: string): number {
  if (text === 'never') return Number.POSITIVE_INFINITY;
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0 || text.trim() === '') throw new UsageError(`expected a whole number or 'never', not '${text}'`);
  return n;
}

/** A byte count with an optional K, M or G suffix (powers of 1024). */
function parseBytes(text: string): number {
  const match = /^(\d+)([KMG]?)$/i.exec(text.trim());
  if (match === null) throw new UsageError(`expected a byte count such as 512M, not '${text}'`);
  const scale = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 }[(match[2] ?? '').toUpperCase()] ?? 1;
  return Number(match[1]) * scale;
}

/** The walkthroughs `corosim walkthrough` replays. */
const WALKTHROUGHS = ['generator', 'coroutine', 'asyncgen'] as const;

/** Whether `name` names a walkthrough. */
function isWalkthrough(name: string): name is (typeof WALKTHROUGHS)[number] {
  return (WALKTHROUGHS as readonly string[]).includes(name);
}

/** The options of `run` as commander parses them. */
interface RunCliOptions {
  readonly maxInstructions: number;
  readonly maxHeap: number;
  readonly layoutDir?: string;
  readonly checkRefcounts?: boolean;
  readonly jitThreshold?: number;
}

/** The options of `trace` as commander parses them. */
interface TraceCliOptions {
  readonly json?: boolean;
  readonly only?: string;
  readonly memory?: boolean;
  readonly maxInstructions: number;
  readonly maxHeap: number;
}

/** Commander puts "(Did you mean run?)" on a second line; a usage error is one line. */
function oneLine(message: string): string {
  return message.replace(/^error: /, '').replace(/\s*\n\(Did you mean (.*)\?\)/, " (did you mean '$1'?)").trim();
}

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit status.
 *
 * @remarks
 * Output goes through `io`, so tests can run the CLI in-process. A usage error prints
 * `corosim: <what went wrong>` and returns 2; `--help` and `--version` return 0.
 *
 * @param argv - the arguments after the command name
 * @param io - where standard output and standard error go
 * @returns the process exit status
 * @example
 * ```ts
 * const status = await main(['--version'], { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let status = 0;
  const program = new Command('corosim')
    .description(
      'Run Python 3.8 generators, coroutines and asyncio deterministically in virtual time, and show what CPython 3.8 does inside.',
    )
    .version(`corosim ${version} (Python 3.8)`, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show this help and exit')
    .helpCommand('help [command]', 'show help for a command')
    .addHelpText(
      'after',
      '\nEnvironment:\n' +
        '  COROSIM_CACHE_DIR=DIR  the folder of the code cache (default ~/.cache/corosim)\n' +
        '  COROSIM_NO_CACHE=1     no code cache: compile corosim afresh at every start\n' +
        '  COROSIM_DEBUG=1        show the JavaScript stack of an internal error',
    )
    .showSuggestionAfterError(true)
    // Options after a program's file are the program's own (`sys.argv`), as with `python3.8 FILE ARGS`.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => {
        write(`corosim: ${oneLine(message)}\n`);
      },
    });

  program
    .command('run')
    .description('run a Python 3.8 program in virtual time, as `python3.8 FILE` would')
    .argument('<file>', 'the program, a .py file')
    .argument('[args...]', "the program's arguments, sys.argv[1:] (options after the file are the program's)")
    .passThroughOptions()
    .option('--max-instructions <n>', 'stop the program after this many bytecode instructions', parseLimit, DEFAULT_MAX_INSTRUCTIONS)
    .option('--max-heap <bytes>', 'most bytes the simulated CPython heap may hold before MemoryError (suffixes K, M, G)', parseBytes, DEFAULT_MAX_HEAP)
    .option('--layout-dir <dir>', 'write an SVG diagram of every corosim.layout() call into this folder (layout-001.svg, ...)')
    .option('--check-refcounts', 'debug mode: report counts that move after their object was freed, and objects left alive at exit (status 70)')
    .option('--jit-threshold <n>', "compile a code object to JS after this many calls and loop iterations (0: at once, 'never': not at all; the output never changes)", parseThreshold)
    .action(async (file: string, args: string[], options: RunCliOptions) => {
      const { runCommand } = await import('./commands/run.ts');
      const limits = {
        instructionBudget: options.maxInstructions,
        heapBudget: options.maxHeap,
        checkRefcounts: options.checkRefcounts === true,
        ...(options.jitThreshold === undefined ? {} : { jitThreshold: options.jitThreshold }),
      };
      status = runCommand(file, args, io, limits, options.layoutDir ?? null);
    });

  program
    .command('trace')
    .description('run a program and print what the VM, the async-generator hooks and the asyncio loop do, as a timeline in virtual time')
    .argument('<file>', 'the program, a .py file')
    .argument('[args...]', "the program's arguments, sys.argv[1:] (options after the file are the program's)")
    .passThroughOptions()
    .option('--json', 'print one JSON object per event instead of the timeline')
    .option('--only <kinds>', 'show only these event kinds, a comma list (e.g. call,return,yield,resume,raise,task-step)')
    .option('--memory', 'include the heap events alloc and free (off by default: there are many)')
    .option('--max-instructions <n>', 'stop the program after this many bytecode instructions', parseLimit, DEFAULT_MAX_INSTRUCTIONS)
    .option('--max-heap <bytes>', 'most bytes the simulated CPython heap may hold before MemoryError (suffixes K, M, G)', parseBytes, DEFAULT_MAX_HEAP)
    .addHelpText('after', '\nThe program\'s own output is interleaved with the events on standard output, in the order things happen.')
    .action(async (file: string, args: string[], options: TraceCliOptions) => {
      const { parseKinds, traceCommand } = await import('./commands/trace.ts');
      const only = options.only === undefined ? null : parseKinds(options.only);
      status = traceCommand(file, args, io, { instructionBudget: options.maxInstructions, heapBudget: options.maxHeap }, { json: options.json === true, only, memory: options.memory === true });
    });

  program
    .command('dis')
    .description("print the program's bytecode exactly as CPython 3.8's dis.dis() prints it")
    .argument('<file>', 'the program, a .py file')
    .action(async (file: string) => {
      const { disCommand } = await import('./commands/dis.ts');
      status = disCommand(file, io);
    });

  program
    .command('walkthrough')
    .description('replay a walkthrough: the program, its output and the memory layout of the object at every step')
    .argument('[name]', 'generator, coroutine or asyncgen', 'generator')
    .option('--layout-dir <dir>', 'also draw every layout shown as an SVG diagram in this folder (layout-001.svg, ...)')
    .action(async (name: string, options: { readonly layoutDir?: string }) => {
      if (!isWalkthrough(name)) throw new UsageError(`unknown walkthrough '${name}' (choose generator, coroutine or asyncgen)`);
      const { walkthroughCommand } = await import('./commands/walkthrough.ts');
      status = await walkthroughCommand(name, io, options.layoutDir ?? null);
    });

  // Commands do their own exit-status bookkeeping; commander errors are always usage errors.
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());

  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return USAGE_EXIT;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_EXIT;
    if (error instanceof UsageError) {
      io.stderr(`corosim: ${error.message}\n`);
      return USAGE_EXIT;
    }
    throw error;
  }
}
