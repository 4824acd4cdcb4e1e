/**
 * The asyncio functions built on what a corosim program cannot reach: the stream helpers
 * (streams.py), the subprocess helpers (subprocess.py) and `run_coroutine_threadsafe`
 * (tasks.py). Each raises NotImplementedError saying what is missing, as the loop methods they
 * call do (loop-unsupported.ts); the `async def` ones when awaited.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { raisingCoro } from './abstract-loop.ts';
import { WHY, type Why } from './loop-unsupported.ts';
import { raiseNew } from './state.ts';

/** Each function: the Lib/asyncio submodule defining it, what it lacks, whether it is `async def`. */
const FUNCTIONS: readonly (readonly [string, string, Why, boolean])[] = [
  ['open_connection', 'asyncio.streams', 'io', true],
  ['start_server', 'asyncio.streams', 'io', true],
  ['open_unix_connection', 'asyncio.streams', 'io', true],
  ['start_unix_server', 'asyncio.streams', 'io', true],
  ['create_subprocess_exec', 'asyncio.subprocess', 'processes', true],
  ['create_subprocess_shell', 'asyncio.subprocess', 'processes', true],
  ['run_coroutine_threadsafe', 'asyncio.tasks', 'threads', false],
];

function unsupported(name: string, why: Why): rt.PyRaise {
  return raiseNew(rt.Exceptions.NotImplementedError, `asyncio.${name}(): ${WHY[why]}`);
}

/** The functions' native defs; an `async def` one returns a coroutine that raises on its first step. */
export const unsupportedFunctions: readonly rt.NativeDef[] = FUNCTIONS.map(([name, , why, isAsync]) => ({
  name,
  kind: 'fastkw',
  impl: () => {
    if (isAsync) return raisingCoro(name, () => unsupported(name, why));
    throw unsupported(name, why);
  },
}));

/** The names of the `async def` functions among them (`inspect.iscoroutinefunction`). */
export const UNSUPPORTED_ASYNC: readonly string[] = FUNCTIONS.filter(([, , , isAsync]) => isAsync).map(([name]) => name);

/** The Lib/asyncio submodule defining each (`__module__`). */
export const UNSUPPORTED_MODULES: Readonly<Record<string, string>> = Object.fromEntries(FUNCTIONS.map(([name, module]) => [name, module]));
