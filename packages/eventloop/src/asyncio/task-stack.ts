/**
 * `Task.get_stack`, `Task.print_stack` and the deprecated class methods `Task.current_task` and
 * `Task.all_tasks` of 3.8. Mirrors CPython 3.8 Lib/asyncio/base_tasks.py (`_task_get_stack`,
 * `_task_print_stack`), Modules/_asynciomodule.c (`_asyncio_Task_current_task_impl`,
 * `_asyncio_Task_all_tasks_impl`) and tasks.py `_all_tasks_compat`.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { addForeignTasks } from './task-registry.ts';
import { getRunningOrPolicyLoop } from './events.ts';
import { callMethod } from './loop-object.ts';
import { splitArgs, state } from './state.ts';
import { warnDeprecated } from './sync-base.ts';
import { PyTask, taskType } from './task.ts';

/** The keyword-only arguments of a method taking no positional ones (`limit`, `file`, `loop`). */
function keywordOnly(method: string, args: readonly rt.PyObject[], kwnames: readonly string[] | null, allowed: readonly string[]): ReadonlyMap<string, rt.PyObject> {
  const { pos, kw } = splitArgs(args, kwnames);
  if (pos.length > 0) throw rt.typeError(`${method}() takes no positional arguments`);
  for (const k of kw.keys()) if (!allowed.includes(k)) throw rt.typeError(`${method}() got an unexpected keyword argument '${k}'`);
  return kw;
}

/** Reads `o.name` (new reference), or null when `o` has no such attribute. */
function attr(o: rt.PyObject, name: string): rt.PyObject | null {
  return rt.getAttrOrNull(o, rt.internStr(name));
}

/** The `limit` argument as a number (None: no limit, null). */
function limitOf(limit: rt.PyObject | null): number | null {
  if (limit === null || limit === rt.None) return null;
  if (limit instanceof rt.PyInt) return Number(limit.value);
  if (limit instanceof rt.PyFloat) return limit.value;
  throw rt.typeError(`'<=' not supported between instances of '${limit.type.name}' and 'int'`);
}

/** `_task_get_stack(task, limit)`: the frames, oldest first (new references). */
function taskGetStack(task: PyTask, limitArg: rt.PyObject | null): rt.PyObject[] {
  const frames: rt.PyObject[] = [];
  let limit = limitOf(limitArg);
  const exhausted = (): boolean => limit !== null && limit <= 0;
  try {
    const coro = task.coro ?? rt.None;
    let f: rt.PyObject | null = null;
    for (const name of ['cr_frame', 'gi_frame', 'ag_frame']) {
      f = attr(coro, name);
      if (f !== null) break;
    }
    if (f !== null && f !== rt.None) {
      while (f !== null && f !== rt.None) {
        if (exhausted()) break;
        if (limit !== null) limit -= 1;
        frames.push(f);
        f = attr(f, 'f_back');
      }
      if (f !== null) rt.decref(f);
      frames.reverse();
      return frames;
    }
    if (f !== null) rt.decref(f);
    if (task.exception === null) return frames;
    let tb = attr(task.exception, '__traceback__');
    while (tb !== null && tb !== rt.None) {
      if (exhausted()) break;
      if (limit !== null) limit -= 1;
      const frame = attr(tb, 'tb_frame');
      if (frame !== null) frames.push(frame);
      const nextTb = attr(tb, 'tb_next');
      rt.decref(tb);
      tb = nextTb;
    }
    if (tb !== null) rt.decref(tb);
    return frames;
  } catch (e) {
    for (const f of frames) rt.decref(f);
    throw e;
  }
}

/** `print(text, file=file, end=end)`: nothing when the stream is None. */
function printTo(file: rt.PyObject | null, fallback: 'stdout' | 'stderr', text: string, end = '\n'): void {
  const stream = file === null || file === rt.None ? rt.sysAttribute(fallback) : file;
  if (stream === null || stream === rt.None) return;
  for (const piece of [text, end]) {
    const s = rt.newStr(piece);
    try {
      rt.decref(callMethod(stream, 'write', [s]));
    } finally {
      rt.decref(s);
    }
  }
}

/** Reads an int attribute of `o`. */
function intAttr(o: rt.PyObject, name: string): number {
  const v = rt.getAttrString(o, name);
  try {
    return v instanceof rt.PyInt ? Number(v.value) : 0;
  } finally {
    rt.decref(v);
  }
}

/** `(filename, lineno, name, line)` of a frame, as `_task_print_stack` extracts it. */
function extract(frame: rt.PyObject): string {
  const lineno = intAttr(frame, 'f_lineno');
  const code = rt.getAttrString(frame, 'f_code');
  try {
    const filename = rt.getAttrString(code, 'co_filename');
    const name = rt.getAttrString(code, 'co_name');
    try {
      const file = rt.strText(filename);
      let out = `  File "${file}", line ${lineno}, in ${rt.strText(name)}\n`;
      const line = rt.sourceLine(file, lineno);
      if (line !== null && line.trim() !== '') out += `    ${line.trim()}\n`;
      return out;
    } finally {
      rt.decref(filename);
      rt.decref(name);
    }
  } finally {
    rt.decref(code);
  }
}

/** `_task_print_stack(task, limit, file)`: `print` to `file` (stdout when None), `traceback.print_list` to `file` (stderr when None). */
function taskPrintStack(task: PyTask, limit: rt.PyObject | null, file: rt.PyObject | null): void {
  const frames = taskGetStack(task, limit);
  let entries: string[];
  try {
    entries = frames.map(extract);
  } finally {
    for (const f of frames) rt.decref(f);
  }
  const exc = task.exception;
  const repr = rt.reprText(task);
  if (entries.length === 0) printTo(file, 'stdout', `No stack for ${repr}`);
  else if (exc !== null) printTo(file, 'stdout', `Traceback for ${repr} (most recent call last):`);
  else printTo(file, 'stdout', `Stack for ${repr} (most recent call last):`);
  for (const entry of entries) printTo(file, 'stderr', entry, '');
  if (exc !== null) printTo(file, 'stdout', formatExceptionOnly(exc), '');
}

/** `traceback.format_exception_only(type(exc), exc)` for an exception that is not a SyntaxError. */
function formatExceptionOnly(exc: rt.PyObject): string {
  const text = (name: string): string => {
    const v = rt.getAttrString(exc.type, name);
    try {
      return rt.strText(v);
    } finally {
      rt.decref(v);
    }
  };
  const module = text('__module__');
  const qualname = text('__qualname__');
  const stype = module === '__main__' || module === 'builtins' ? qualname : `${module}.${qualname}`;
  let value: string;
  try {
    value = rt.strText(exc);
  } catch (e) {
    if (!(e instanceof rt.PyRaise)) throw e;
    rt.clearRaise(e);
    value = `<unprintable ${exc.type.name} object>`;
  }
  return value === '' ? `${stype}\n` : `${stype}: ${value}\n`;
}

/**
 * A deprecated class method's loop (`_asyncio.Task.current_task(loop=None)`, a parameter given by
 * position or keyword): the arguments parsed, the method's DeprecationWarning, then the argument
 * or `get_event_loop()` (new reference).
 */
function deprecatedLoopArg(fname: string, args: readonly rt.PyObject[], kwnames: readonly string[] | null, message: string): rt.PyObject {
  const [loop] = rt.parseArgs(fname, args, kwnames, ['loop'], 0);
  warnDeprecated(message);
  return loop === undefined || loop === rt.None ? getRunningOrPolicyLoop() : rt.incref(loop);
}

rt.addMethods(taskType, [
  {
    name: 'get_stack',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const kw = keywordOnly('get_stack', args, kwnames, ['limit']);
      return rt.newListStealing(taskGetStack(self as PyTask, kw.get('limit') ?? null));
    },
  },
  {
    name: 'print_stack',
    kind: 'fastkw',
    impl: (self, args, kwnames) => {
      const kw = keywordOnly('print_stack', args, kwnames, ['limit', 'file']);
      taskPrintStack(self as PyTask, kw.get('limit') ?? null, kw.get('file') ?? null);
      return rt.newNone();
    },
  },
]);

rt.addClassMethods(taskType, [
  {
    name: 'current_task',
    kind: 'fastkw',
    impl: (_cls, args, kwnames) => {
      const loop = deprecatedLoopArg('current_task', args, kwnames, 'Task.current_task() is deprecated, use asyncio.current_task() instead');
      const t = state.currentTasks.get(loop);
      rt.decref(loop);
      return rt.incref(t ?? rt.None);
    },
  },
  {
    name: 'all_tasks',
    kind: 'fastkw',
    impl: (_cls, args, kwnames) => {
      const loop = deprecatedLoopArg('all_tasks', args, kwnames, 'Task.all_tasks() is deprecated, use asyncio.all_tasks() instead');
      // `_all_tasks_compat`: every task of the loop still alive, done or not.
      const s = rt.newSet();
      try {
        for (const t of state.allTasks) if ((t as PyTask).loop === loop) rt.setAdd(s, t);
        addForeignTasks(s, loop, false);
      } catch (e) {
        rt.decref(s);
        throw e;
      } finally {
        rt.decref(loop);
      }
      return s;
    },
  },
]);

