/**
 * Argument binding for the weakref classes, whose methods CPython 3.8 writes in Python: the
 * messages are those of a Python function's call (Python/ceval.c `_PyEval_EvalCodeWithName`,
 * `too_many_positional`, `missing_arguments`), counting `self`.
 * @module
 */
import { typeError } from '../runtime/errors.ts';
import type { PyObject } from '../runtime/object.ts';

/** What a Python-level signature accepts besides its named parameters. */
export interface PySignature {
  /** Parameter names after `self`. */
  readonly names: readonly string[];
  /** How many leading names have no default. */
  readonly required: number;
  /** How many leading names are positional-only (`/`). */
  readonly posOnly?: number;
  /** `*args`. */
  readonly varargs?: boolean;
  /** `**kwargs`. */
  readonly varkw?: boolean;
}

/** The bound arguments (borrowed): values by name position, extra positionals, extra keywords. */
export interface BoundArgs {
  readonly values: (PyObject | undefined)[];
  readonly rest: PyObject[];
  readonly kw: [string, PyObject][];
}

function quoteList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0] ?? '';
  if (q.length === 2) return `${q[0] ?? ''} and ${q[1] ?? ''}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1] ?? ''}`;
}

/** Binds a vectorcall-shaped call to a Python signature, raising CPython's TypeErrors. */
export function bindArgs(fname: string, args: readonly PyObject[], kwnames: readonly string[] | null, sig: PySignature): BoundArgs {
  const names = kwnames ?? [];
  const npos = args.length - names.length;
  const values: (PyObject | undefined)[] = sig.names.map((_, i) => (i < npos ? args[i] : undefined));
  const rest = sig.varargs === true ? args.slice(sig.names.length, npos) : [];
  const kw: [string, PyObject][] = [];
  const posOnly = sig.posOnly ?? 0;
  names.forEach((k, j) => {
    const v = args[npos + j] as PyObject;
    const i = sig.names.indexOf(k);
    if (i < 0 || i < posOnly) {
      if (sig.varkw !== true) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      kw.push([k, v]);
      return;
    }
    if (values[i] !== undefined) throw typeError(`${fname}() got multiple values for argument '${k}'`);
    values[i] = v;
  });
  if (sig.varargs !== true && npos > sig.names.length) {
    const lo = sig.required + 1;
    const hi = sig.names.length + 1;
    const takes = lo === hi ? `${hi} positional argument${hi === 1 ? '' : 's'}` : `from ${lo} to ${hi} positional arguments`;
    const given = npos + 1;
    throw typeError(`${fname}() takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  const missing = sig.names.slice(0, sig.required).filter((_, i) => values[i] === undefined);
  if (missing.length > 0) {
    throw typeError(`${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`);
  }
  return { values, rest, kw };
}
