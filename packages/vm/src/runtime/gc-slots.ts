/**
 * The traverse and clear functions the cycle collector uses per object: `subtype_traverse` and
 * `subtype_clear` for instances of classes, `type_traverse`/`type_clear`/`type_dealloc` for
 * classes, and the `tp_clear` of functions, frames, exceptions and tracebacks. Mirrors CPython 3.8
 * Objects/typeobject.c (`subtype_traverse`, `subtype_clear`, `type_traverse`, `type_clear`,
 * `type_dealloc`), Objects/funcobject.c `func_clear`, Objects/frameobject.c `frame_tp_clear`,
 * Objects/exceptions.c `BaseException_clear`, Python/traceback.c `tb_clear`.
 * @module
 */
import { dictClear } from '../objects/dict.ts';
import { clearException, PyBaseException } from '../objects/exception-object.ts';
import * as E from '../objects/exceptions.ts';
import { clearFrameContents, frameType } from '../objects/frame.ts';
import { PyFunction, functionType } from '../objects/function.ts';
import { clearWeakrefs } from '../objects/weakref.ts';
import { typeType } from './core-types.ts';
import { gcUntrack } from './gc-registry.ts';
import { PyType, decref, forgetLookups, freeObject, xdecref, type PyObject } from './object.ts';

type Visit = (o: PyObject) => void;
type Traverse = (self: PyObject, visit: Visit) => void;

function staticBase(type: PyType): PyType | null {
  let base: PyType | null = type;
  while (base !== null && base.isHeapType) base = base.base;
  return base;
}

/** `type_traverse`. */
function typeTraverse(self: PyObject, visit: Visit): void {
  const t = self as PyType;
  if (!t.isHeapType) return;
  visit(t.dict);
  if (t.mroTuple !== null) visit(t.mroTuple);
  if (t.basesTuple !== null) visit(t.basesTuple);
  for (const b of t.bases) visit(b);
}

/** `subtype_traverse`: the `__slots__` values, the `__dict__`, the class, then the built-in base's. */
function subtypeTraverse(self: PyObject, visit: Visit): void {
  if (self.slots !== null) for (const s of self.slots) if (s != null) visit(s);
  if (self instanceof PyType) {
    visit(self.type);
    typeTraverse(self, visit);
    return;
  }
  const base = staticBase(self.type);
  const baseTraverse = base?.traverse;
  const dict = self.dict;
  if (dict !== null && (baseTraverse === undefined || !visitsDict(baseTraverse, self, dict))) visit(dict);
  visit(self.type);
  baseTraverse?.(self, visit);
}

/**
 * Whether each built-in base's traverse visits the instance's `__dict__` itself (the dict's
 * `tp_dictoffset` is the base's, not the class's): `subtype_traverse` then must not visit it a
 * second time, or the collector would count the dict's reference twice and take it for garbage.
 * Learnt from the first instance seen with a dict.
 */
const dictVisiting = new Map<Traverse, boolean>();

function visitsDict(traverse: Traverse, self: PyObject, dict: PyObject): boolean {
  let known = dictVisiting.get(traverse);
  if (known === undefined) {
    let seen = false;
    traverse(self, (o) => {
      if (o === dict) seen = true;
    });
    known = seen;
    dictVisiting.set(traverse, known);
  }
  return known;
}

typeType.traverse = typeTraverse;

/** The traverse function of an object. */
export function gcTraverseOf(o: PyObject): Traverse {
  if (o.type.isHeapType) return subtypeTraverse;
  if (o instanceof PyType) return typeTraverse;
  return o.type.traverse ?? (o.type.isPythonClass ? pythonClassTraverse : noTraverse);
}

function noTraverse(): void {
  // Nothing held.
}

/**
 * The traverse of an instance of a native type that stands for a class CPython writes in Python
 * and holds nothing of its own (`asyncio.AbstractEventLoop()`): `subtype_traverse`'s slots and dict.
 */
function pythonClassTraverse(self: PyObject, visit: Visit): void {
  if (self.slots !== null) for (const s of self.slots) if (s != null) visit(s);
  if (self.dict !== null) visit(self.dict);
}

/** `subtype_clear`. */
function subtypeClear(self: PyObject): void {
  const slots = self.slots;
  if (slots !== null) {
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i];
      slots[i] = null;
      xdecref(s);
    }
  }
  if (self instanceof PyType) {
    typeClear(self);
    return;
  }
  const dict = self.dict;
  if (dict !== null) {
    self.dict = null;
    decref(dict);
  }
  staticBase(self.type)?.clear?.(self);
}

/** `type_clear`: empties the class dict. */
function typeClear(self: PyObject): void {
  const t = self as PyType;
  if (!t.isHeapType) return;
  forgetLookups(t);
  dictClear(t.dict);
  const mro = t.mroTuple;
  t.mroTuple = null;
  xdecref(mro);
}

/** The clear function of an object, if it has one. */
export function gcClearOf(o: PyObject): ((self: PyObject) => void) | undefined {
  if (o.type.isHeapType) return subtypeClear;
  if (o instanceof PyType) return typeClear;
  return o.type.clear ?? (o.type.isPythonClass ? subtypeClear : undefined);
}

// `func_clear` (the fields a live function may do without in corosim).
functionType.clear ??= (self) => {
  const f = self as PyFunction;
  const held = [f.module, f.defaults, f.kwdefaults, f.doc, f.dict, f.closure, f.annotations];
  f.module = f.defaults = f.kwdefaults = f.doc = f.closure = f.annotations = null;
  f.dict = null;
  for (const o of held) xdecref(o);
};
frameType.clear ??= (self) => {
  // `frame_tp_clear`: the trace function first, then the locals and the stack.
  const f = self as Parameters<typeof clearFrameContents>[0];
  const trace = f.traceInfo;
  if (trace !== null && trace.func !== null) {
    const func = trace.func;
    trace.func = null;
    decref(func);
  }
  clearFrameContents(f);
};
// `BaseException_clear` (inherited by every exception type when the VM boots).
E.BaseException.clear ??= (self) => { clearException(self as PyBaseException); };

// Frames freed as zombies never reach freeObject: untrack them when they die.
const frameDealloc = frameType.dealloc;
frameType.dealloc = (self) => {
  gcUntrack(self);
  if (frameDealloc === undefined) freeObject(self);
  else frameDealloc(self);
};

/** `type_dealloc`: a class dies: weakrefs, its subclass entries, bases, dict. */
const typeDealloc = typeType.dealloc;
typeType.dealloc = (self) => {
  const t = self as PyType;
  if (!t.isHeapType) {
    if (typeDealloc === undefined) freeObject(self);
    else typeDealloc(self);
    return;
  }
  if (t.weakrefs !== null) clearWeakrefs(t);
  for (const b of t.bases) {
    const i = b.subclasses.indexOf(t);
    if (i >= 0) b.subclasses.splice(i, 1);
  }
  const bases = t.bases;
  t.bases = [];
  for (const b of bases) decref(b);
  forgetLookups(t);
  decref(t.dict);
  // `ht_cached_keys`: the dicts still sharing them keep them.
  if (t.cachedKeys !== null) t.cachedKeys.refcnt--;
  t.cachedKeys = null;
  const mro = t.mroTuple;
  t.mroTuple = null;
  xdecref(mro);
  const basesTuple = t.basesTuple;
  t.basesTuple = null;
  xdecref(basesTuple);
  freeObject(self);
};
