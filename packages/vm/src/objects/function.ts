/**
 * `function`: a code object with its globals, defaults, closure and names. Mirrors CPython 3.8
 * Objects/funcobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import type { PyCode } from './code.ts';
import type { PyDict } from './dict.ts';

/** The `function` type. */
export const functionType: PyType = staticType({
  name: 'function',
  basicsize: 120,
  flags: TPFLAGS_HAVE_GC,
  doc: 'Create a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n  name\n    a string that overrides the name from the code object\n  argdefs\n    a tuple that specifies the default argument values\n  closure\n    a tuple that supplies the bindings for free variables',
});

/** A Python function. Every field owns its reference. */
export class PyFunction extends PyObject {
  code: PyCode;
  readonly globals: PyDict;
  /** `__name__`, `__qualname__` (strs). */
  name: PyObject;
  qualname: PyObject;
  /** `__defaults__`: a tuple or null. */
  defaults: PyObject | null = null;
  /** `__kwdefaults__`: a dict or null. */
  kwdefaults: PyObject | null = null;
  /** `__closure__`: a tuple of cells or null. */
  closure: PyObject | null = null;
  /** `__doc__`, `__module__`, `__annotations__`. */
  doc: PyObject | null = null;
  module: PyObject | null = null;
  annotations: PyObject | null = null;

  constructor(code: PyCode, globals: PyDict, qualname: PyObject) {
    super(functionType, allocateAddress(functionType));
    this.code = incref(code);
    this.globals = incref(globals);
    this.name = incref(code.name);
    this.qualname = incref(qualname);
  }
}

functionType.dealloc = (self) => {
  const f = self as PyFunction;
  const held = [f.code, f.globals, f.module, f.name, f.defaults, f.kwdefaults, f.doc, f.dict, f.closure, f.annotations, f.qualname];
  f.dict = null;
  f.module = f.defaults = f.kwdefaults = f.doc = f.closure = f.annotations = null;
  for (const o of held) xdecref(o);
  freeObject(self);
};
functionType.traverse = (self, visit) => {
  const f = self as PyFunction;
  for (const o of [f.code, f.globals, f.module, f.defaults, f.kwdefaults, f.doc, f.name, f.dict, f.closure, f.annotations, f.qualname]) {
    if (o !== null) visit(o);
  }
};
functionType.hasInstanceDict = true;
