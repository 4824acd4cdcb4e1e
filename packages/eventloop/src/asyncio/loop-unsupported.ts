/**
 * The loop methods CPython's loop implements with what a corosim program cannot reach: threads
 * (the default executor), sockets, pipes, signals and subprocesses (DESIGN.md, the sandbox). Each
 * raises NotImplementedError saying so, on the class that defines it in CPython 3.8
 * (base_events.py, selector_events.py, unix_events.py), where the abstract loop's bare
 * NotImplementedError said nothing of why; the `async def` ones raise when awaited.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { baseLoopType, baseSelectorLoopType, loopType } from './loop-object.ts';
import { raisingCoro } from './abstract-loop.ts';
import { addPythonMethods, type PythonMethodDef } from './python-method.ts';
import { raiseNew } from './state.ts';

/** What is missing, by kind of method (or function: unsupported-functions.ts). */
export const WHY = {
  threads: 'corosim runs no threads',
  io: 'corosim has no sockets, pipes or files',
  signals: 'corosim has no signals',
  processes: 'corosim runs no subprocesses',
} as const;

export type Why = keyof typeof WHY;

/** The NotImplementedError of loop method `name`, saying what corosim lacks. */
export function unsupported(name: string, why: Why): rt.PyRaise {
  return raiseNew(rt.Exceptions.NotImplementedError, `loop.${name}(): ${WHY[why]}`);
}

/** A plain method that raises. */
function plain(name: string, why: Why): PythonMethodDef {
  return {
    def: {
      name,
      kind: 'fast',
      impl: () => {
        throw unsupported(name, why);
      },
    },
  };
}

/** An `async def` method: its coroutine raises on its first step. */
function coroutine(owner: string, name: string, why: Why): PythonMethodDef {
  const impl = (): rt.PyObject => raisingCoro(`${owner}.${name}`, () => unsupported(name, why));
  return { def: { name, kind: 'fast', impl }, coroutine: true };
}

addPythonMethods(baseLoopType, 'asyncio.base_events', baseLoopType, [
  ...(['getaddrinfo', 'getnameinfo', 'sock_sendfile', 'create_connection', 'sendfile', 'start_tls', 'create_datagram_endpoint', 'create_server', 'connect_accepted_socket', 'connect_read_pipe', 'connect_write_pipe'] as const).map((name) =>
    coroutine('BaseEventLoop', name, 'io'),
  ),
  coroutine('BaseEventLoop', 'subprocess_shell', 'processes'),
  coroutine('BaseEventLoop', 'subprocess_exec', 'processes'),
]);

addPythonMethods(baseSelectorLoopType, 'asyncio.selector_events', baseSelectorLoopType, [
  ...(['_make_socket_transport', '_make_ssl_transport', '_make_datagram_transport'] as const).map((name) => plain(name, 'io')),
  ...(['sock_recv', 'sock_recv_into', 'sock_sendall', 'sock_connect', 'sock_accept'] as const).map((name) => coroutine('BaseSelectorEventLoop', name, 'io')),
]);

addPythonMethods(loopType, 'asyncio.unix_events', loopType, [
  plain('_make_read_pipe_transport', 'io'),
  plain('_make_write_pipe_transport', 'io'),
  coroutine('_UnixSelectorEventLoop', '_make_subprocess_transport', 'processes'),
  coroutine('_UnixSelectorEventLoop', 'create_unix_connection', 'io'),
  coroutine('_UnixSelectorEventLoop', 'create_unix_server', 'io'),
]);
