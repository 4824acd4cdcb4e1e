/**
 * The asyncio functions built on what a corosim program cannot reach: the stream helpers
 * (streams.py), the subprocess helpers (subprocess.py) and `run_coroutine_threadsafe`
 * (tasks.py). Each raises NotImplementedError saying what is missing, as the loop methods they
 * call do (loop-unsupported.ts); the `async def` ones when awaited.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { raisingCoro } from './abstract-loop.ts';
import { raiseNew } from './state.ts';

function unsupported(name: string, why: string): rt.PyRaise {
  return raiseNew(rt.Exceptions.NotImplementedError, `asyncio.${name}(): ${why}`);
}

/** An `async def` function: its coroutine raises on its first step. */
function asyncFunction(name: string, why: string): rt.NativeDef {
  return { name, kind: 'fastkw', impl: () => raisingCoro(name, () => unsupported(name, why)) };
}

/** The functions, and the `async def` ones among them (`inspect.iscoroutinefunction`). */
export const unsupportedFunctions: readonly rt.NativeDef[] = [
  ...['open_connection', 'start_server', 'open_unix_connection', 'start_unix_server'].map((name) => asyncFunction(name, 'corosim has no sockets, pipes or files')),
  ...['create_subprocess_exec', 'create_subprocess_shell'].map((name) => asyncFunction(name, 'corosim runs no subprocesses')),
  {
    name: 'run_coroutine_threadsafe',
    kind: 'fastkw',
    impl: () => {
      throw unsupported('run_coroutine_threadsafe', 'corosim runs no threads');
    },
  },
];

/** The names of the `async def` functions of {@link unsupportedFunctions}. */
export const UNSUPPORTED_ASYNC: readonly string[] = ['open_connection', 'start_server', 'open_unix_connection', 'start_unix_server', 'create_subprocess_exec', 'create_subprocess_shell'];

/** The Lib/asyncio submodule defining each (`__module__`). */
export const UNSUPPORTED_MODULES: Readonly<Record<string, string>> = {
  open_connection: 'asyncio.streams', start_server: 'asyncio.streams', open_unix_connection: 'asyncio.streams', start_unix_server: 'asyncio.streams',
  create_subprocess_exec: 'asyncio.subprocess', create_subprocess_shell: 'asyncio.subprocess',
};
