/**
 * Small helpers of the raise path.
 * @module
 */
import { PyType, type PyObject } from '../runtime/object.ts';

export { decref, incref } from '../runtime/object.ts';
export type { PyObject } from '../runtime/object.ts';

/** `%R` of a class in a message: `<class 'X'>`. */
export function reprOfType(t: PyObject): string {
  if (t instanceof PyType) return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
  return `<${t.type.name} object>`;
}
