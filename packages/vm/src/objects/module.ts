/**
 * `module`: a namespace with a name. Mirrors CPython 3.8 Objects/moduleobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, type PyType } from '../runtime/object.ts';
import { dictSetStr, newDict, type PyDict } from './dict.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';

/** The `module` type. */
export const moduleType: PyType = staticType({ name: 'module', basicsize: 56, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });

/**
 * A module; its namespace is `dict`, null only for a module `ModuleType.__new__` made and
 * `__init__` has not initialised (CPython's NULL `md_dict`).
 */
export class PyModule extends PyObject {
  readonly name: string;

  constructor(name: string, dict: PyDict | null, type: PyType = moduleType) {
    super(type, allocateAddress(type));
    this.name = name;
    this.dict = dict;
  }

  /** `m_free` of a module written in TypeScript: drops its state when the module is freed. */
  free: (() => void) | null = null;

  /**
   * Names a module written in TypeScript provides on first access (its `__getattr__`) that CPython
   * defines at import: `dir()` lists them as if they were in the namespace already.
   */
  lazyNames: readonly string[] = [];

  /** A namespace package (PEP 420), whose loader gives the repr `<module 'name' (namespace)>`. */
  isNamespacePackage = false;

  /** The namespace, made empty on first use by a module that has none yet. */
  get namespace(): PyDict {
    return this.dict ?? (this.dict = newDict());
  }
}

/** A new module with `__name__`, `__doc__`, `__package__`, `__loader__` and `__spec__` set. */
export function newModule(name: string): PyModule {
  const dict = newDict();
  const nameStr = newStr(name);
  dictSetStr(dict, '__name__', nameStr);
  decref(nameStr);
  for (const key of ['__doc__', '__package__', '__loader__', '__spec__']) dictSetStr(dict, key, None);
  return new PyModule(name, dict);
}

moduleType.dealloc = (self) => {
  // `module_dealloc`: `m_free` first, then the namespace.
  const free = self instanceof PyModule ? self.free : null;
  if (free !== null) free();
  const dict = self.dict;
  self.dict = null;
  if (dict !== null) decref(dict);
  freeObject(self);
};
moduleType.traverse = (self, visit) => {
  if (self.dict !== null) visit(self.dict);
};
