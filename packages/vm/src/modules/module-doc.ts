/**
 * The `__doc__` of a module corosim writes natively: CPython 3.8's (the C module's `m_doc`, or
 * the Python module's docstring), from the generated table; a module the table leaves out keeps
 * the doc its definition gives. Mirrors CPython 3.8 Objects/moduleobject.c `PyModule_SetDocString`.
 * @module
 */
import { dictSetStr, type PyDict } from '../objects/dict.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { decref } from '../runtime/object.ts';
import { MODULE_DOCS } from './module-docs.generated.ts';

/**
 * Sets `__doc__` in a new module's namespace: CPython 3.8's doc of the module `name` (None where
 * it has none), else `fallback` when given.
 *
 * @param ns - the module's namespace.
 * @param name - the module's full name.
 * @param fallback - the doc to set for a module the table does not know.
 * @see CPython 3.8 Objects/moduleobject.c `PyModule_SetDocString`
 */
export function setModuleDoc(ns: PyDict, name: string, fallback?: string): void {
  const doc = Object.hasOwn(MODULE_DOCS, name) ? MODULE_DOCS[name] : fallback;
  if (doc === undefined) return;
  if (doc === null) {
    dictSetStr(ns, '__doc__', None);
    return;
  }
  const text = newStr(doc);
  dictSetStr(ns, '__doc__', text);
  decref(text);
}
