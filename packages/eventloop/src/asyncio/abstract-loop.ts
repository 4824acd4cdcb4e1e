/**
 * `asyncio.AbstractEventLoop` as a class of its own: it can be instantiated, and every method of
 * the abstract interface raises NotImplementedError (the `async def` ones when awaited). asyncio's
 * loop overrides those it implements; the others (sockets, pipes, signals, subprocesses) are
 * inherited and raise as the abstract ones do. Mirrors CPython 3.8 Lib/asyncio/events.py
 * (`AbstractEventLoop`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { abstractLoopType } from './loop-object.ts';
import { addPythonMethods, type PythonMethodDef } from './python-method.ts';
import { newNativeCoro } from './native-coro.ts';
import { raiseNew } from './state.ts';

/** The plain methods of the interface, in events.py's order. */
const PLAIN = [
  'run_forever', 'run_until_complete', 'stop', 'is_running', 'is_closed', 'close', '_timer_handle_cancelled', 'call_soon',
  'call_later', 'call_at', 'time', 'create_future', 'create_task', 'call_soon_threadsafe', 'run_in_executor',
  'set_default_executor', 'add_reader', 'remove_reader', 'add_writer', 'remove_writer', 'add_signal_handler',
  'remove_signal_handler', 'set_task_factory', 'get_task_factory', 'get_exception_handler', 'set_exception_handler',
  'default_exception_handler', 'call_exception_handler', 'get_debug', 'set_debug',
] as const;

/** The `async def` methods of the interface. */
const ASYNC = [
  'shutdown_asyncgens', 'getaddrinfo', 'getnameinfo', 'create_connection', 'create_server', 'sendfile', 'start_tls',
  'create_unix_connection', 'create_unix_server', 'create_datagram_endpoint', 'connect_read_pipe', 'connect_write_pipe',
  'subprocess_shell', 'subprocess_exec', 'sock_recv', 'sock_recv_into', 'sock_sendall', 'sock_connect', 'sock_accept',
  'sock_sendfile',
] as const;

/** `raise NotImplementedError`. */
function notImplemented(): never {
  throw raiseNew(rt.Exceptions.NotImplementedError, null);
}

/**
 * A coroutine named `qualname` whose first step raises what `error` makes (an `async def` that
 * raises at once): a new reference.
 */
export function raisingCoro(qualname: string, error: () => rt.PyRaise): rt.PyObject {
  return newNativeCoro(qualname, (function* (): Generator<rt.PyObject, rt.PyObject, rt.PyObject> {
    yield* [];
    throw error();
  })());
}

/** A coroutine whose first step raises NotImplementedError (an abstract `async def`). */
function notImplementedCoro(name: string): rt.PyObject {
  return raisingCoro(`AbstractEventLoop.${name}`, () => raiseNew(rt.Exceptions.NotImplementedError, null));
}

// `AbstractEventLoop()`: a plain instance, as `object.__new__` makes it.
abstractLoopType.new = rt.objectType.new;

const methods: PythonMethodDef[] = [
  ...PLAIN.map((name): PythonMethodDef => ({ def: { name, kind: 'fast', impl: notImplemented } })),
  ...ASYNC.map((name): PythonMethodDef => ({ def: { name, kind: 'fast', impl: () => notImplementedCoro(name) }, coroutine: true })),
];
addPythonMethods(abstractLoopType, 'asyncio.events', abstractLoopType, methods);
