// The loop methods that need threads, sockets, pipes, signals or subprocesses raise
// NotImplementedError saying which (loop-unsupported.ts), after the argument checks CPython's
// signatures make: corosim's own behaviour, since CPython would run them, so the expectations are
// written here rather than recorded.
import { describe, expect, it } from 'vitest';
import { runChecked } from './support/run-checked.ts';

const PROGRAM = `import asyncio, functools
async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, functools.partial(sum, [1, 2]))
    except NotImplementedError as e:
        print('executor', e)
    for name, args in [('sock_recv', (None, 1)), ('getaddrinfo', (None, None)), ('create_connection', (None,)),
                       ('subprocess_exec', (None, 'ls')), ('create_unix_server', (None,))]:
        m = getattr(loop, name)
        coro = m(*args)
        print(m.__qualname__, asyncio.iscoroutine(coro))
        try:
            await coro
        except NotImplementedError as e:
            print(' ', e)
    for name, args in [('add_reader', (5, print)), ('add_signal_handler', (15, print))]:
        try:
            getattr(loop, name)(*args)
        except NotImplementedError as e:
            print(getattr(loop, name).__qualname__, e)
    try:
        asyncio.AbstractEventLoop().run_in_executor(None, None)
    except NotImplementedError as e:
        print('abstract', repr(e))
    try:
        loop.getaddrinfo(None)
    except TypeError as e:
        print(e)
asyncio.run(main())
`;

describe('loop methods corosim cannot offer', () => {
  it('raise NotImplementedError naming what is missing, the async ones when awaited', () => {
    const run = runChecked(PROGRAM, 'unsupported.py');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'executor loop.run_in_executor(): corosim runs no threads',
        'BaseSelectorEventLoop.sock_recv True',
        '  loop.sock_recv(): corosim has no sockets, pipes or files',
        'BaseEventLoop.getaddrinfo True',
        '  loop.getaddrinfo(): corosim has no sockets, pipes or files',
        'BaseEventLoop.create_connection True',
        '  loop.create_connection(): corosim has no sockets, pipes or files',
        'BaseEventLoop.subprocess_exec True',
        '  loop.subprocess_exec(): corosim runs no subprocesses',
        '_UnixSelectorEventLoop.create_unix_server True',
        '  loop.create_unix_server(): corosim has no sockets, pipes or files',
        'BaseSelectorEventLoop.add_reader loop.add_reader(): corosim has no sockets, pipes or files',
        '_UnixSelectorEventLoop.add_signal_handler loop.add_signal_handler(): corosim has no signals',
        'abstract NotImplementedError()',
        "getaddrinfo() missing 1 required positional argument: 'port'",
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(0);
  });
});

const FUNCTIONS = `import asyncio, inspect
async def main():
    for f in (asyncio.open_connection, asyncio.start_server, asyncio.open_unix_connection, asyncio.start_unix_server,
              asyncio.create_subprocess_exec, asyncio.create_subprocess_shell):
        coro = f('x')
        print(f.__module__, f.__name__, inspect.iscoroutinefunction(f), asyncio.iscoroutine(coro))
        try:
            await coro
        except NotImplementedError as e:
            print(' ', e)
    async def job():
        pass
    c = job()
    try:
        asyncio.run_coroutine_threadsafe(c, asyncio.get_running_loop())
    except NotImplementedError as e:
        print(e)
    c.close()
asyncio.run(main())
`;

describe('asyncio functions corosim cannot offer', () => {
  it('raise NotImplementedError naming what is missing, the async ones when awaited', () => {
    const run = runChecked(FUNCTIONS, 'functions.py');
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        ...['open_connection', 'start_server', 'open_unix_connection', 'start_unix_server'].flatMap((name) => [
          `asyncio.streams ${name} True True`,
          `  asyncio.${name}(): corosim has no sockets, pipes or files`,
        ]),
        ...['create_subprocess_exec', 'create_subprocess_shell'].flatMap((name) => [
          `asyncio.subprocess ${name} True True`,
          `  asyncio.${name}(): corosim runs no subprocesses`,
        ]),
        'asyncio.run_coroutine_threadsafe(): corosim runs no threads',
        '',
      ].join('\n'),
    );
  });
});
