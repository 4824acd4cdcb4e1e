/**
 * The docs of built-in functions, methods and types that their definitions leave out, from CPython
 * 3.8 (builtin-docs.generated.ts): a definition is noted with its key when it is declared on a type
 * or a module, and its doc is looked up when `__doc__` or `__text_signature__` asks.
 * @module
 */
import { BUILTIN_DOCS } from './builtin-docs.generated.ts';
import { LIBRARY_DOCS } from './library-docs.generated.ts';
import type { GetSetDef } from './getset.ts';
import type { NativeDef } from './native-function.ts';
import type { PyType } from '../runtime/object.ts';

/** `length_hint_doc`, the doc of the `__length_hint__` of CPython's iterators. */
export const LENGTH_HINT_DOC = 'Private method returning an estimate of len(list(it)).';

/** The key of each definition without a doc of its own: its first owner's (`Type.name`, `module.name`). */
const owners = new WeakMap<NativeDef, string>();

/** Notes that `def` is declared as `key` (`list.append`, `builtins.len`); the first owner keeps it. */
export function noteDocOwner(def: NativeDef, key: string): void {
  if (def.doc === undefined && !owners.has(def)) owners.set(def, key);
}

/** The key of each computed attribute without a doc of its own: its first owner's (`int.real`). */
const getSetOwners = new WeakMap<GetSetDef, string>();

/** Notes that the computed attribute `def` is declared as `key` (`int.real`); the first owner keeps it. */
export function noteGetSetDocOwner(def: GetSetDef, key: string): void {
  if (def.doc === undefined && !getSetOwners.has(def)) getSetOwners.set(def, key);
}

/** The doc of the computed attribute `def` (its `getset_descriptor`'s `__doc__`, `PyGetSetDef.doc`), if any. */
export function getSetDoc(def: GetSetDef): string | undefined {
  if (def.doc !== undefined) return def.doc;
  const key = getSetOwners.get(def);
  return key === undefined || !Object.hasOwn(BUILTIN_DOCS, key) ? undefined : BUILTIN_DOCS[key];
}

/** The doc CPython 3.8 gives the member `name` of the built-in type `typeName` (`super.__self__`), if any. */
export function memberDocOf(typeName: string, name: string): string | undefined {
  const key = `${typeName}.${name}`;
  return Object.hasOwn(BUILTIN_DOCS, key) ? BUILTIN_DOCS[key] : undefined;
}

/** The internal doc of `def` (signature line and doc, as `ml_doc` has them), if any. */
export function defDoc(def: NativeDef): string | undefined {
  if (def.doc !== undefined) return def.doc;
  const key = owners.get(def);
  return key === undefined ? undefined : BUILTIN_DOCS[key];
}

/**
 * The doc of the built-in type `type`, if CPython 3.8 has one: the docstring of the library class
 * of its module and name that it stands for (`asyncio.locks.Lock`), else the internal doc
 * (`tp_doc`) of the C type of its name.
 */
export function typeDocOf(type: PyType): string | undefined {
  return libraryDocOf(type.module, type.name) ?? (Object.hasOwn(BUILTIN_DOCS, type.name) ? BUILTIN_DOCS[type.name] : undefined);
}

/** The docstring of the class `qualname` of `module` CPython 3.8 writes in Python (library-docs.generated.ts), if it has one. */
function libraryDocOf(module: string, qualname: string): string | undefined {
  const key = `${module}.${qualname}`;
  return Object.hasOwn(LIBRARY_DOCS, key) ? LIBRARY_DOCS[key] : undefined;
}

/** The line that ends a text signature in an internal doc. */
const SIGNATURE_END = ')\n--\n\n';

/**
 * An internal doc split as `_PyType_GetDocFromInternalDoc` and
 * `_PyType_GetTextSignatureFromInternalDoc` split it: a doc that starts with `name(...)` and a
 * `--` line holds a text signature (from the parenthesis on, else null), and the doc is what
 * follows (null when nothing does: `__doc__` is then None).
 */
export function splitInternalDoc(name: string, doc: string): { readonly signature: string | null; readonly doc: string | null } {
  const end = doc.startsWith(`${name}(`) ? doc.indexOf(SIGNATURE_END) : -1;
  const rest = end === -1 ? doc : doc.slice(end + SIGNATURE_END.length);
  return { signature: end === -1 ? null : doc.slice(name.length, end + 1), doc: rest === '' ? null : rest };
}
