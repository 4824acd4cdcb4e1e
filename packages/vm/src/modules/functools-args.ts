/**
 * Shared plumbing of the native functools / operator / itertools / heapq / math modules: the
 * argument checks of CPython 3.8 Python/getargs.c (`PyArg_UnpackTuple`, `_PyArg_NoKeywords`,
 * Argument Clinic's keyword parsing) and static types whose instances own a few references
 * (their `tp_dealloc`, `tp_traverse` and `tp_clear`).
 * @module
 */
import { clearWeakrefs } from '../objects/weakref.ts';
import { staticType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyType, type TypeSpec } from '../runtime/object.ts';
import { checkPositional } from '../runtime/clinic-args.ts';

/** Positional arguments and keyword values of a vectorcall-shaped call. */
export function splitKw(args: readonly PyObject[], kwnames: readonly string[] | null): [PyObject[], Map<string, PyObject>] {
  const names = kwnames ?? [];
  const npos = args.length - names.length;
  const kw = new Map<string, PyObject>();
  names.forEach((k, i) => kw.set(k, args[npos + i] as PyObject));
  return [args.slice(0, npos), kw];
}

/** `_PyArg_NoKeywords`. */
export function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** `PyArg_UnpackTuple(args, name, min, max)`: "name expected at least 1 argument, got 0". */
export function unpackArgs(name: string, args: readonly PyObject[], min: number, max: number): void {
  checkPositional(name, args.length, min, max);
}

export { parseArgs } from '../runtime/clinic-args.ts';

/** An object of a native type holding references it owns. */
export class HolderObject extends PyObject {
  /** The owned references (null where empty). */
  refs(): (PyObject | null)[] {
    return [];
  }

  /** Forgets the owned references (they are released by the caller). */
  drop(): void {}
}

/** A static type whose instances are {@link HolderObject}s, with dealloc/traverse/clear. */
export function holderType(spec: TypeSpec, gc = true): PyType {
  const t = staticType({ ...spec, flags: (spec.flags ?? 0) | (gc ? TPFLAGS_HAVE_GC : 0) });
  const release = (self: PyObject): void => {
    const o = self as HolderObject;
    const refs = o.refs();
    o.drop();
    const d = self.dict;
    self.dict = null;
    for (const r of refs) xdecref(r);
    xdecref(d);
  };
  t.dealloc = (self) => {
    if (self.weakrefs !== null) clearWeakrefs(self);
    release(self);
    freeObject(self);
  };
  if (gc) {
    t.traverse = (self, visit) => {
      for (const r of (self as HolderObject).refs()) if (r !== null) visit(r);
      if (self.dict !== null) visit(self.dict);
    };
    t.clear = release;
  }
  return t;
}

/** Allocates an instance of `type` made by `make` (a heap subtype keeps its type alive). */
export function allocate<T extends PyObject>(type: PyType, make: (address: number) => T): T {
  const o = make(allocateAddress(type));
  if (type.isHeapType) incref(type);
  return o;
}
