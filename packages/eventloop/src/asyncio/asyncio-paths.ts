/**
 * Where CPython 3.8's asyncio sources are, for the frames and `file:line` texts native code shows
 * in their place (corosim's asyncio is native; CPython's reprs and tracebacks name its files).
 * @module
 */
import { rt } from '@corosim/vm/host';

/** Where CPython 3.8's asyncio sources are, for the frames native code stands in for. */
const ASYNCIO_DIR = '/usr/lib/python3.8/asyncio/';

/** The source lines of CPython 3.8's asyncio that the frames native code stands in for show. */
const LINES: readonly (readonly [string, number, string])[] = [
  ['events.py', 81, '            self._context.run(self._callback, *self._args)'],
  ['base_events.py', 517, '            warnings.warn('],
  ['base_events.py', 422, '        return futures.Future(loop=self)'],
  ['base_events.py', 570, '                self._run_once()'],
  ['base_events.py', 603, '            self.run_forever()'],
  ['base_events.py', 641, '        self._ready.clear()'],
  ['base_events.py', 642, '        self._scheduled.clear()'],
  ['base_events.py', 1674, "        message = context.get('message')"],
  ['base_events.py', 1733, '                self.default_exception_handler(context)'],
  ['base_events.py', 1744, '                self._exception_handler(self, context)'],
  ['base_events.py', 1751, '                    self.default_exception_handler({'],
  ['base_events.py', 1851, '                    handle._run()'],
  ['base_events.py', 1859, '                handle._run()'],
  ['locks.py', 335, '            lock = Lock(loop=loop)'],
  ['locks.py', 529, '        super().__init__(value, loop=loop)'],
  ['queues.py', 48, '        self._finished = locks.Event(loop=loop)'],
  ['runners.py', 44, '        return loop.run_until_complete(main)'],
  ['tasks.py', 465, '            fut.result()'],
  ['tasks.py', 589, '    done = Queue(loop=loop)'],
  ['tasks.py', 709, '        super().__init__(loop=loop)'],
];
for (const [file, line, text] of LINES) rt.registerLibraryLine(ASYNCIO_DIR + file, line, text);

/** `(file, line, name)` of a CPython asyncio frame. */
export function asyncioFrame(file: string, line: number, name: string): rt.HiddenFrame {
  return [ASYNCIO_DIR + file, line, name];
}

/** The path of a file of CPython's asyncio sources. */
export function asyncioPath(file: string): string {
  return ASYNCIO_DIR + file;
}

/** `file:line` of a definition in CPython's asyncio sources, as callback and coroutine reprs show it. */
export function asyncioSource(file: string, line: number): string {
  return `${ASYNCIO_DIR}${file}:${line}`;
}


/**
 * Runs `body` with `frames` (innermost first) as the frames of CPython's asyncio between the
 * current Python frame and the native code running: warnings name the innermost, tracebacks and
 * stacks show them all.
 *
 * @param frames - the hidden frames, innermost first.
 * @param body - the native code those frames stand for.
 */
export function underAsyncioFrames(frames: readonly rt.HiddenFrame[], body: () => void): void {
  const current = rt.tstate.frame;
  if (!(current instanceof rt.PyFrame)) {
    body();
    return;
  }
  const before = rt.hiddenCallerFrames.get(current);
  rt.hiddenCallerFrames.set(current, [...frames, ...before ?? []]);
  try {
    body();
  } finally {
    if (before === undefined) rt.hiddenCallerFrames.delete(current);
    else rt.hiddenCallerFrames.set(current, before);
  }
}
