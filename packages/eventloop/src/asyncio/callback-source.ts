/**
 * How asyncio names a callback in handle and future reprs and in "Exception in callback"
 * messages: its qualified name, its arguments through `reprlib`, and where the function is
 * defined (`functools.partial` unwrapped). Mirrors CPython 3.8 Lib/asyncio/format_helpers.py
 * (`_format_callback_source`, `_format_callback`, `_format_args_and_kwargs`,
 * `_get_function_source`).
 * @module
 */
import { rt } from '@corosim/vm/host';
import { shortRepr } from './reprlib.ts';

/** `isinstance(func, functools.<name>)` (`partial` or `partialmethod`). */
function isFunctoolsInstance(func: rt.PyObject, name: 'partial' | 'partialmethod'): boolean {
  return func.type.mro.some((t) => t.name === name && t.module === 'functools');
}

/** `isinstance(func, functools.partial)`. */
function isPartial(func: rt.PyObject): boolean {
  return isFunctoolsInstance(func, 'partial');
}

/** Reads `o.name` (new reference), or null when it is missing or raises. */
function attrOrNull(o: rt.PyObject, name: string): rt.PyObject | null {
  try {
    return rt.getAttrOrNull(o, rt.internStr(name));
  } catch (e) {
    if (!(e instanceof rt.PyRaise)) throw e;
    rt.clearRaise(e);
    return null;
  }
}

/**
 * `_format_args_and_kwargs(args, kwargs)`: `(a, b, k=v)` with reprlib's reprs.
 *
 * @param args - the positional arguments (borrowed).
 * @param kwargs - the keyword arguments, as (name, value) pairs (borrowed).
 * @returns the parenthesised list.
 */
export function formatArgs(args: readonly rt.PyObject[], kwargs: readonly (readonly [rt.PyObject, rt.PyObject])[]): string {
  const items = args.map(shortRepr);
  for (const [k, v] of kwargs) items.push(`${rt.strText(k)}=${shortRepr(v)}`);
  return `(${items.join(', ')})`;
}

/** A partial's `func`, `args` and `keywords` (new reference to func; borrowed items). */
function partialParts(p: rt.PyObject): { func: rt.PyObject; args: rt.PyObject[]; kwargs: [rt.PyObject, rt.PyObject][]; release: () => void } {
  const func = rt.getAttrString(p, 'func');
  const args = rt.getAttrString(p, 'args');
  const keywords = rt.getAttrString(p, 'keywords');
  return {
    func,
    args: args instanceof rt.PyTuple ? args.items : [],
    kwargs: keywords instanceof rt.PyDict ? rt.dictItems(keywords) : [],
    release: () => {
      rt.decref(func);
      rt.decref(args);
      rt.decref(keywords);
    },
  };
}

/**
 * `_format_callback(func, args, kwargs, suffix)`: a partial's arguments come after its function's.
 *
 * @param func - the callable (borrowed).
 * @param args - its positional arguments (borrowed).
 * @param kwargs - its keyword arguments, as (name, value) pairs (borrowed).
 * @param suffix - text appended after the arguments.
 * @returns e.g. `cb(1)(2)` for `partial(cb, 1)` called with 2.
 */
export function formatCallback(func: rt.PyObject, args: readonly rt.PyObject[], kwargs: readonly (readonly [rt.PyObject, rt.PyObject])[], suffix: string): string {
  if (isPartial(func)) {
    const parts = partialParts(func);
    try {
      return formatCallback(parts.func, parts.args, parts.kwargs, formatArgs(args, kwargs) + suffix);
    } finally {
      parts.release();
    }
  }
  let name = '';
  for (const attr of ['__qualname__', '__name__']) {
    const v = attrOrNull(func, attr);
    if (v === null) continue;
    const ok = rt.isTrue(v);
    if (ok && name === '') name = rt.strText(v);
    rt.decref(v);
    if (name !== '') break;
  }
  if (name === '') name = rt.reprText(func);
  return name + formatArgs(args, kwargs) + suffix;
}

/** `inspect.unwrap`: follows `__wrapped__` (new reference). */
function unwrap(func: rt.PyObject): rt.PyObject {
  let f = rt.incref(func);
  const seen = new Set<rt.PyObject>([f]);
  for (;;) {
    const next = attrOrNull(f, '__wrapped__');
    if (next === null) return f;
    if (seen.has(next)) {
      rt.decref(next);
      rt.decref(f);
      throw rt.valueError(`wrapper loop when unwrapping ${rt.reprText(func)}`);
    }
    seen.add(next);
    rt.decref(f);
    f = next;
  }
}

/** Native functions standing in for Python functions of CPython's asyncio, with where those are defined. */
const nativeSources = new WeakMap<rt.PyObject, string>();

/**
 * Records that native function `fn` stands in for a Python function defined at `at`, so that
 * callback reprs show that place as CPython shows its function's.
 *
 * @param fn - the native function.
 * @param at - `file:line`.
 */
export function setFunctionSource(fn: rt.PyObject, at: string): void {
  nativeSources.set(fn, at);
}

/**
 * `_get_function_source(func)`: where the (unwrapped) function, or the function of a partial or a
 * partialmethod, is defined.
 *
 * @param func - the callable (borrowed).
 * @returns its file and first line, or null when it has none (a builtin, a callable object).
 */
export function functionSource(func: rt.PyObject): readonly [string, number] | null {
  const f = unwrap(func);
  try {
    const native = nativeSources.get(f);
    if (native !== undefined) {
      const colon = native.lastIndexOf(':');
      return [native.slice(0, colon), Number(native.slice(colon + 1))];
    }
    if (f instanceof rt.PyFunction) return [rt.strText(f.code.filename), f.code.co.firstlineno];
    if (isPartial(f) || isFunctoolsInstance(f, 'partialmethod')) {
      const inner = rt.getAttrString(f, 'func');
      try {
        return functionSource(inner);
      } finally {
        rt.decref(inner);
      }
    }
    return null;
  } finally {
    rt.decref(f);
  }
}

/**
 * `format_helpers._format_callback_source(func, args)`: qualname, arguments and where it is defined.
 *
 * @param func - the callback (borrowed).
 * @param args - its positional arguments (borrowed).
 * @returns e.g. `main.<locals>.cb(1, 'x') at prog.py:3`.
 */
export function formatCallbackSource(func: rt.PyObject, args: readonly rt.PyObject[]): string {
  const text = formatCallback(func, args, [], '');
  const source = functionSource(func);
  return source === null ? text : `${text} at ${source[0]}:${source[1]}`;
}
