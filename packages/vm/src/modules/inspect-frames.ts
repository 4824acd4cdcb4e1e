/**
 * `inspect.stack`, `trace`, `getframeinfo`, `getouterframes`, `getinnerframes` and `getlineno`,
 * with the `Traceback` and `FrameInfo` named tuples; the lines of context come from the program's
 * source as the interpreter registered it for tracebacks (`linecache`). Mirrors CPython 3.8
 * Lib/inspect.py.
 * @module
 */
import { newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { frameType } from '../objects/frame.ts';
import { tracebackType } from '../objects/traceback.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { sourceLines } from '../runtime/io.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { topmostException, tstate } from '../runtime/thread-state.ts';
import { intArg } from '../objects/list-methods.ts';
import { bindArgs } from './abc-function.ts';
import { namedtuple } from './collections-namedtuple.ts';

/** Runs `f` on `o.name` (held for the call). */
function attr<T>(o: PyObject, name: string, f: (v: PyObject) => T): T {
  const v = getAttrString(o, name);
  try {
    return f(v);
  } finally {
    decref(v);
  }
}

/** `linecache.getlines(filename)`: each line with its newline (the last one given one too). */
export function linecacheLines(filename: string): string[] {
  if (filename.startsWith('<') && filename.endsWith('>')) return [];
  const lines = sourceLines(filename);
  if (lines === undefined) return [];
  const out = lines.map((l) => `${l}\n`);
  // A source ending with a newline splits into a last empty piece, which is no line.
  if (lines.length > 0 && lines[lines.length - 1] === '') out.pop();
  return out;
}

/** The fields of `getframeinfo(frame, context)` (new references). */
function frameInfoFields(obj: PyObject, context: number): PyObject[] {
  let frame: PyObject;
  let lineno: PyObject;
  if (obj.type === tracebackType) {
    lineno = getAttrString(obj, 'tb_lineno');
    frame = getAttrString(obj, 'tb_frame');
  } else {
    lineno = getAttrString(obj, 'f_lineno');
    frame = incref(obj);
  }
  try {
    if (frame.type !== frameType) throw typeError(`${reprText(frame)} is not a frame or traceback object`);
    const code = getAttrString(frame, 'f_code');
    try {
      const filename = getAttrString(code, 'co_filename');
      const name = getAttrString(code, 'co_name');
      const line = intArg(lineno);
      let lines: PyObject = incref(None);
      let index: PyObject = incref(None);
      const all = context > 0 && filename instanceof PyStr ? linecacheLines(filename.value) : [];
      if (all.length > 0) {
        const start = Math.max(0, Math.min(line - 1 - Math.floor(context / 2), all.length - context));
        decref(lines);
        decref(index);
        lines = newListStealing(all.slice(start, start + context).map((l) => newStr(l)));
        index = newInt(line - 1 - start);
      }
      return [filename, incref(lineno), name, lines, index];
    } finally {
      decref(code);
    }
  } finally {
    decref(frame);
    decref(lineno);
  }
}

/** `namedtuple_class(*fields)` with the fields stolen. */
export function build(module: PyObject, clsName: string, fields: PyObject[]): PyObject {
  try {
    return attr(module, clsName, (cls) => callObject(cls, fields));
  } finally {
    for (const f of fields) decref(f);
  }
}

/** `context=1` from `(obj, context=1)`-shaped arguments. */
function contextArg(name: string, args: readonly PyObject[], kwnames: readonly string[] | null, params: readonly string[]): [PyObject | undefined, number] {
  const bound = bindArgs(name, args, kwnames, params, 1);
  const ctx = bound[params.length - 1];
  return [bound[0], ctx === undefined ? 1 : intArg(ctx)];
}

/** `getouterframes(frame, context)`: the frame and every caller, as FrameInfo tuples. */
function outerFrames(module: PyObject, start: PyObject, context: number): PyObject {
  const out: PyObject[] = [];
  let frame = incref(start);
  try {
    while (isTrue(frame)) {
      out.push(build(module, 'FrameInfo', [incref(frame), ...frameInfoFields(frame, context)]));
      const back = getAttrString(frame, 'f_back');
      decref(frame);
      frame = back;
    }
  } finally {
    decref(frame);
  }
  return newListStealing(out);
}

/** `getinnerframes(tb, context)`: the traceback entry and every later one. */
function innerFrames(module: PyObject, start: PyObject, context: number): PyObject {
  const out: PyObject[] = [];
  let tb = incref(start);
  try {
    while (isTrue(tb)) {
      out.push(build(module, 'FrameInfo', [getAttrString(tb, 'tb_frame'), ...frameInfoFields(tb, context)]));
      const next = getAttrString(tb, 'tb_next');
      decref(tb);
      tb = next;
    }
  } finally {
    decref(tb);
  }
  return newListStealing(out);
}

/** The functions of this part of `inspect`. */
export const INSPECT_FRAMES: readonly NativeDef[] = [
  {
    name: 'getframeinfo', kind: 'fastkw',
    impl: (m, args, kwnames) => {
      const [frame, context] = contextArg('getframeinfo', args, kwnames, ['frame', 'context']);
      return build(m, 'Traceback', frameInfoFields(frame as PyObject, context));
    },
  },
  { name: 'getlineno', kind: 'o', impl: (_m, args) => getAttrString(args[0] as PyObject, 'f_lineno') },
  {
    name: 'getouterframes', kind: 'fastkw',
    impl: (m, args, kwnames) => {
      const [frame, context] = contextArg('getouterframes', args, kwnames, ['frame', 'context']);
      return outerFrames(m, frame as PyObject, context);
    },
  },
  {
    name: 'getinnerframes', kind: 'fastkw',
    impl: (m, args, kwnames) => {
      const [tb, context] = contextArg('getinnerframes', args, kwnames, ['tb', 'context']);
      return innerFrames(m, tb as PyObject, context);
    },
  },
  {
    // `trace(context=1)`: `getinnerframes(sys.exc_info()[2], context)`.
    name: 'trace', kind: 'fastkw',
    impl: (m, args, kwnames) => {
      const [ctx] = bindArgs('trace', args, kwnames, ['context'], 1);
      return innerFrames(m, topmostException().traceback ?? None, ctx === undefined ? 1 : intArg(ctx));
    },
  },
  {
    name: 'stack', kind: 'fastkw',
    impl: (m, args, kwnames) => {
      const [ctx] = bindArgs('stack', args, kwnames, ['context'], 1);
      // `getouterframes(sys._getframe(1))`: a native function has no frame, so the caller's is the top one.
      return outerFrames(m, tstate.frame ?? None, ctx === undefined ? 1 : intArg(ctx));
    },
  },
];

/**
 * The `Traceback` and `FrameInfo` named tuples, made when `inspect` is imported.
 *
 * @returns the module-level names and the new classes.
 */
export function makeFrameTuples(): [string, PyObject][] {
  const make = (name: string, fields: string): [string, PyObject] => {
    const args = [newStr(name), newStr(fields), newStr('inspect')];
    try {
      return [name, namedtuple(args, ['module'])];
    } finally {
      for (const a of args) decref(a);
    }
  };
  return [
    make('Traceback', 'filename lineno function code_context index'),
    make('FrameInfo', 'frame filename lineno function code_context index'),
    // Those of `getargs` and `getargvalues` (inspect-argvalues.ts).
    make('Arguments', 'args, varargs, varkw'),
    make('ArgInfo', 'args varargs keywords locals'),
    // That of `classify_class_attrs` (inspect-members.ts).
    make('Attribute', 'name kind defining_class object'),
  ];
}
