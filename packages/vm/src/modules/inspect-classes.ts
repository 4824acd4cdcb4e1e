/**
 * The classes `inspect` defines in Python in CPython (`_ParameterKind`, `_empty`, `_void`,
 * `Parameter`, `BoundArguments`, `Signature`), made once per run when the module is imported and
 * let go when it is freed; `inspect.signature` and friends reach them here. Mirrors the class
 * statements of CPython 3.8 Lib/inspect.py.
 * @module
 */
import type { PyObject, PyType } from '../runtime/object.ts';
import { decref, incref } from '../runtime/object.ts';
import { assert } from '../internal/assert.ts';
import { makeBoundArgumentsClass } from './inspect-bound-arguments.ts';
import { KINDS, freeKindClasses, makeKindClasses, type KindClasses } from './inspect-kind.ts';
import { makeParameterClass } from './inspect-parameter.ts';
import { makeSignatureClass, type FromCallable } from './inspect-signature-objects.ts';

/** The classes of one run (owned while the `inspect` module lives). */
export interface InspectClasses extends KindClasses {
  readonly parameter: PyType;
  readonly boundArguments: PyType;
  readonly signature: PyType;
}

let current: InspectClasses | null = null;

/**
 * Makes the run's classes (on `import inspect`).
 *
 * @param fromCallable - `_signature_from_callable`, for `Signature.from_callable`.
 * @returns the module-level names they go under, each value a new reference.
 */
export function makeInspectClasses(fromCallable: FromCallable): [string, PyObject][] {
  const k = makeKindClasses();
  const parameter = makeParameterClass(k);
  const boundArguments = makeBoundArgumentsClass(k);
  const signature = makeSignatureClass(k, parameter, boundArguments, fromCallable);
  const c: InspectClasses = { ...k, parameter, boundArguments, signature };
  current = c;
  const names: [string, PyObject][] = [
    ['_void', c.void], ['_empty', c.empty], ['_ParameterKind', c.kindType],
    ...KINDS.map((n, i): [string, PyObject] => [`_${n}`, c.members[i] as PyObject]),
    ['Parameter', parameter], ['BoundArguments', boundArguments], ['Signature', signature],
  ];
  return names.map(([n, v]) => [n, incref(v)]);
}

/**
 * The classes of the running program's `inspect` module.
 *
 * @returns them (borrowed).
 * @throws InternalError when `inspect` was not imported (a host defect: only its functions call this).
 */
export function inspectClasses(): InspectClasses {
  assert(current !== null, 'inspect classes not made');
  return current;
}

/** `m_free` of `inspect`: lets go of the classes. */
export function freeInspectClasses(): void {
  const c = current;
  current = null;
  if (c === null) return;
  decref(c.signature);
  decref(c.boundArguments);
  decref(c.parameter);
  freeKindClasses(c);
}
