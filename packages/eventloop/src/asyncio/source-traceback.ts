/**
 * Debug mode's source tracebacks: where a future, task or handle was made (`_source_traceback`),
 * shown as `created at file:line` in its repr and as "Object created at (most recent call last)"
 * when it is reported. The stack is the Python frames at creation, with the frames of CPython's
 * asyncio between and on top of them (corosim's asyncio is native: those are named, not run).
 * Mirrors CPython 3.8 Lib/asyncio/format_helpers.py (`extract_stack`) and the `_source_traceback`
 * handling of futures.py, events.py, tasks.py and base_events.py.
 * @module
 */
import { rt } from '@corosim/vm/host';
import { asyncioFrame } from './asyncio-paths.ts';

/** A frame of a source traceback: file, line, function. */
export type SourceFrame = rt.HiddenFrame;

/** The frames of CPython's asyncio the object being made would have on top of the Python ones (innermost last). */
let creationSite: readonly SourceFrame[] = [];

/**
 * Runs `fn` as asyncio's own code at `site` (innermost last) would run it in CPython: what it makes
 * gets those frames on top of its source traceback (a task `gather` wraps a coroutine in).
 *
 * @param site - frames of Lib/asyncio, e.g. `[['tasks.py', 824, 'gather']]`.
 * @param fn - the code making the object.
 */
export function madeAt<T>(site: readonly (readonly [string, number, string])[], fn: () => T): T {
  const before = creationSite;
  creationSite = [...before, ...site.map(([file, line, name]) => asyncioFrame(file, line, name))];
  try {
    return fn();
  } finally {
    creationSite = before;
  }
}

/**
 * The stack where an object is being made, oldest first: the Python frames and the asyncio
 * frames between them, then the creation site, then `extra` (what CPython would call to make it).
 *
 * @param extra - the innermost frames, e.g. `create_future` for a future made by the loop.
 * @param limit - keep the newest `limit` frames (`extract_stack`'s `limit`), or all.
 */
export function captureSourceTraceback(extra: readonly SourceFrame[] = [], limit: number | null = null): SourceFrame[] {
  const frames: SourceFrame[] = [];
  for (let f = rt.tstate.frame; f instanceof rt.PyFrame; f = f.back) {
    frames.push([rt.strText(f.code.filename), f.lineno, rt.strText(f.code.name)]);
    const hidden = f.back === null ? undefined : rt.hiddenCallerFrames.get(f.back);
    if (hidden !== undefined) frames.push(...hidden);
  }
  frames.reverse();
  const all = [...frames, ...creationSite, ...extra];
  return limit === null ? all : all.slice(Math.max(0, all.length - limit));
}

/** ` created at file:line` of a repr, from the newest frame. */
export function createdAt(tb: readonly SourceFrame[] | null): string | null {
  const last = tb === null ? undefined : tb[tb.length - 1];
  return last === undefined ? null : `created at ${last[0]}:${last[1]}`;
}

/** The traceback as the context's `source_traceback` (a list of `(filename, lineno, name, line)`; new reference). */
export function sourceTracebackObject(tb: readonly SourceFrame[]): rt.PyObject {
  return rt.newListStealing(tb.map(([file, line, name]) => rt.newTupleStealing([
    rt.newStr(file), rt.newInt(line), rt.newStr(name), rt.newStr(rt.sourceLine(file, line)?.trim() ?? ''),
  ])));
}

/** `traceback.format_list(tb)` joined and right-stripped, from a context value (a list of 4-tuples). */
export function formatSourceTraceback(value: rt.PyObject): string {
  let out = '';
  const items = rt.sequenceToArray(value);
  try {
    for (const entry of items) {
      const parts = rt.sequenceToArray(entry);
      try {
        const [file, line, name, text] = parts;
        out += `  File "${file === undefined ? '' : rt.strText(file)}", line ${line === undefined ? '' : rt.reprText(line)}, in ${name === undefined ? '' : rt.strText(name)}\n`;
        const source = text === undefined || text === rt.None ? '' : rt.strText(text).trim();
        if (source !== '') out += `    ${source}\n`;
      } finally {
        for (const p of parts) rt.decref(p);
      }
    }
  } finally {
    for (const e of items) rt.decref(e);
  }
  return out.trimEnd();
}
