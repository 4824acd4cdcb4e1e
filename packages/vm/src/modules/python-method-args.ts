/**
 * Argument binding for natively written methods that are Python functions in CPython (the
 * methods of `random.Random`, `warnings.WarningMessage.__init__`, ...): `self` counts among the
 * positional arguments in the messages of `_PyEval_EvalCodeWithName`.
 * Mirrors CPython 3.8 Python/ceval.c `too_many_positional` and `missing_arguments`.
 * @module
 */
import { assert } from '../internal/assert.ts';
import { typeError } from '../runtime/errors.ts';
import type { PyObject } from '../runtime/object.ts';

function quotedList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 2) return q.join(' and ');
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1] as string}`;
}

/**
 * Binds `name(self, p0, p1, ...)`: the values of `params` (undefined where not given, which
 * means the default). The first `nrequired` are required; parameters from `maxPos` on are
 * keyword-only.
 */
export function pyArgs(
  name: string, args: readonly PyObject[], kwnames: readonly string[] | null, params: readonly string[], nrequired: number,
  maxPos = params.length,
): (PyObject | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const out: (PyObject | undefined)[] = params.map((_, i) => (i < npos && i < maxPos ? args[i] : undefined));
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    const at = params.indexOf(k);
    if (at < 0) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    if (out[at] !== undefined) throw typeError(`${name}() got multiple values for argument '${k}'`);
    out[at] = args[npos + i];
  }
  // As _PyEval_EvalCodeWithName: surplus positional arguments are reported after the keywords are bound.
  if (npos > maxPos) {
    const takes = nrequired === maxPos ? `${maxPos + 1} positional argument${maxPos === 0 ? '' : 's'}` : `from ${nrequired + 1} to ${maxPos + 1} positional arguments`;
    throw typeError(`${name}() takes ${takes} but ${npos + 1} were given`);
  }
  const missing = params.slice(0, nrequired).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    throw typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quotedList(missing)}`);
  }
  return out;
}

/** A required parameter's value, present once {@link pyArgs} returned. */
export function required(v: PyObject | undefined): PyObject {
  assert(v !== undefined, 'pyArgs let a required argument be missing');
  return v;
}
