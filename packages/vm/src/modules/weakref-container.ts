/**
 * What WeakValueDictionary, WeakKeyDictionary and WeakSet share: the instance state CPython keeps
 * in their `__dict__` (`data`, `_remove`, `_pending_removals`, `_iterating`), the
 * `_IterationGuard` that delays removals while an iteration runs, and the iterators standing in
 * for their generator methods. Mirrors CPython 3.8 Lib/_weakrefset.py `_IterationGuard` and the
 * generator methods of Lib/weakref.py.
 * @module
 */
import { newDict } from '../objects/dict.ts';
import type { NativeImpl } from '../objects/native-function.ts';
import { newCelllessNativePyFunction } from '../objects/native-py-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { clearWeakrefs, newWeakref, weakrefTarget, weakrefType, type PyWeakref } from '../objects/weakref.ts';
import { iterNext } from '../runtime/abstract-iter.ts';
import { instanceDict, lookupType } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { staticType } from '../runtime/core-types.ts';
import { layOutAsLibraryClass } from '../objects/type-layout.ts';
import { attributeError, raiseUnnormalized, typeError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { PyObject, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { addGetSets, addMethods, addValue } from '../runtime/type-defs.ts';
import { weakrefGetSet } from '../objects/object-type.ts';
import { allocate } from './functools-args.ts';
import { bindArgs } from './weakref-args.ts';
import { addPythonMethods, type NativePyMethodDef } from '../objects/native-py-method.ts';
import { tpName } from '../runtime/type-name.ts';

/**
 * A weak container. DEVIATION(cpython): CPython's are instances of Python classes whose state
 * lives in a `__dict__` (plus a `remove` closure with a cell and a defaults tuple, a list, a set
 * and one `_IterationGuard` per iteration); here `_pending_removals` and `_iterating` are host
 * arrays, so fewer objects are allocated and addresses after one differ from CPython's.
 */
export class PyWeakContainer extends PyObject {
  /** `self.data`: the dict or set of weak references (owned). */
  data: PyObject | null = null;
  /** `self._remove`: the callback given to every weak reference made (owned). */
  remove: PyObject | null = null;
  /** `self._pending_removals` (owned): what to remove once no iteration runs. */
  pending: PyObject[] = [];
  /** `self._iterating`: the running iterations (borrowed; each iterator holds the container). */
  readonly iterating = new Set<PyObject>();
  /** `WeakKeyDictionary._dirty_len`. */
  dirtyLen = false;
}

/** How one kind of container commits its pending removals and orders its fields at death. */
export interface ContainerSpec {
  readonly name: string;
  /** The module the class names (`__module__`), `weakref` unless given. */
  readonly module?: string;
  readonly basicsize: number;
  /** `_commit_removals`. */
  readonly commit: (c: PyWeakContainer) => void;
  /** Whether `data` comes before `_remove` in the instance `__dict__` (then it is released first). */
  readonly dataFirst: boolean;
}

const specs = new Map<PyType, ContainerSpec>();

function specOfType(type: PyType): ContainerSpec {
  for (const t of type.mro) {
    const s = specs.get(t);
    if (s !== undefined) return s;
  }
  throw typeError(`'${tpName(type)}' is not a weak container`);
}

function specOf(c: PyWeakContainer): ContainerSpec {
  return specOfType(c.type);
}

/** `self._commit_removals()`. */
export function commitRemovals(c: PyWeakContainer): void {
  specOf(c).commit(c);
}

/** `if self._pending_removals: self._commit_removals()`. */
export function commitIfPending(c: PyWeakContainer): void {
  if (c.pending.length > 0) commitRemovals(c);
}

/** The container, or the TypeError of a method called on something else. */
export function asContainer(o: PyObject, type: PyType): PyWeakContainer {
  if (!(o instanceof PyWeakContainer) || !o.type.isSubtype(type)) {
    throw typeError(`descriptor requires a '${tpName(type)}' object but received '${tpName(o.type)}'`);
  }
  return o;
}

/** Releases the fields in the order the instance `__dict__` would drop them. */
function release(self: PyObject): void {
  const c = self as PyWeakContainer;
  const { data, remove } = c;
  const pending = c.pending;
  const dict = c.dict;
  c.data = c.remove = null;
  c.pending = [];
  c.dict = null;
  const dataFirst = specs.get(c.type)?.dataFirst ?? specOf(c).dataFirst;
  if (dataFirst) xdecref(data);
  xdecref(remove);
  for (let i = pending.length - 1; i >= 0; i--) decref(pending[i] as PyObject);
  if (!dataFirst) xdecref(data);
  xdecref(dict);
}

/** Makes a weak container type (a class that can be subclassed, weakly referenced and has a `__dict__`, with its `_commit_removals`). */
export function containerType(spec: ContainerSpec): PyType {
  const t = staticType({ name: spec.name, module: spec.module ?? 'weakref', basicsize: spec.basicsize, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
  specs.set(t, spec);
  layOutAsLibraryClass(t, { dict: true, weak: true });
  t.dealloc = (self) => {
    // subtype_dealloc: weak references to the container go first, then its `__dict__`.
    if (self.weakrefs !== null) clearWeakrefs(self);
    release(self);
    freeObject(self);
  };
  t.traverse = (self, visit) => {
    const c = self as PyWeakContainer;
    if (c.data !== null) visit(c.data);
    if (c.remove !== null) visit(c.remove);
    for (const p of c.pending) visit(p);
    if (c.dict !== null) visit(c.dict);
  };
  t.clear = release;
  // No `tp_hash`: with the `__eq__` each container defines, the type is unhashable and its
  // `__hash__` is None (a Python class defining `__eq__` alone), as inheritSlots records.
  addGetSets(t, [
    { name: '__dict__', get: (self) => incref(instanceDict(self) ?? newDict()) },
    { name: 'data', get: (self) => incref((self as PyWeakContainer).data ?? None) },
    { name: '_remove', get: (self) => incref((self as PyWeakContainer).remove ?? None) },
  ]);
  // The class's own `__weakref__` descriptor, as the first class with a weak reference slot has.
  addValue(t, '__weakref__', () => weakrefGetSet(t));
  addPythonMethods(t, [noargsMethod(t, '_commit_removals', commitRemovals)]);
  return t;
}

/**
 * A method of a container class taking no arguments but `self`, doing `body` on the container.
 *
 * @param type - the container class.
 * @param name - the method's name.
 * @param body - what it does.
 * @returns the method's def.
 */
export function noargsMethod(type: PyType, name: string, body: (c: PyWeakContainer) => void): NativePyMethodDef {
  return {
    name, kind: 'fastkw',
    impl: (self, args, kwnames) => {
      bindArgs(name, args, kwnames, { names: [], required: 0 });
      body(asContainer(self, type));
      return incref(None);
    },
  };
}

/**
 * A new container of `type` with its `data` and its `_remove` callback: a function holding a weak
 * reference to the container (`selfref=ref(self)`), doing `onDeath(container, wr)` while it lives.
 */
export function newContainer(type: PyType, data: PyObject, name: string, onDeath: (c: PyWeakContainer, wr: PyObject) => void): PyWeakContainer {
  const c = allocate(type, (a) => new PyWeakContainer(type, a));
  c.data = data;
  const selfref = newWeakref(weakrefType, c, null);
  const impl: NativeImpl = (ref, args) => {
    const self = weakrefTarget(ref as PyWeakref);
    try {
      if (self instanceof PyWeakContainer) onDeath(self, args[0] as PyObject);
    } finally {
      decref(self);
    }
    return incref(None);
  };
  // `def remove(wr, selfref=ref(self), ...)` inside `__init__`: a function, with no cells.
  const spec = specOfType(type);
  c.remove = newCelllessNativePyFunction({ name, kind: 'o', impl }, selfref, spec.module ?? 'weakref', `${spec.name}.__init__.<locals>.${name}`);
  decref(selfref);
  return c;
}

/**
 * What `__init__` sets before it updates: a fresh `self.data` (the old one, and the references
 * it held, released), no pending removals, no running iterations, `_dirty_len` false. So calling
 * `__init__` again empties the container first, as the Python `__init__` of Lib/weakref.py and
 * Lib/_weakrefset.py does.
 *
 * An empty container keeps its `data` (made by `__new__` here, where CPython's `__init__` makes
 * it), so a first `__init__` allocates nothing more.
 *
 * @param c - the container being initialised.
 * @param freshData - makes its new, empty `data`.
 */
export function resetContainer(c: PyWeakContainer, freshData: () => PyObject): void {
  const old = c.data;
  if (old !== null && old.type.length?.(old) === 0 && c.pending.length === 0) return;
  const pending = c.pending;
  c.data = freshData();
  c.pending = [];
  c.iterating.clear();
  c.dirtyLen = false;
  xdecref(old);
  for (const k of pending) decref(k);
}

/** `obj.name(*args)` as `LOAD_METHOD`/`CALL_METHOD` does it (no bound method is made). */
export function callMethod(obj: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const f = lookupType(obj.type, name);
  if (f === null) throw attributeError(`'${tpName(obj.type)}' object has no attribute '${name}'`);
  return callObject(f, [obj, ...args]);
}

// ---- _IterationGuard ---------------------------------------------------------------------------

/** `_IterationGuard.__enter__`. */
export function guardEnter(c: PyWeakContainer, guard: PyObject): void {
  c.iterating.add(guard);
}

/** `_IterationGuard.__exit__`: the last iteration to end commits the removals. */
export function guardExit(c: PyWeakContainer, guard: PyObject): void {
  c.iterating.delete(guard);
  if (c.iterating.size === 0) commitRemovals(c);
}

/** Runs `body` inside `with _IterationGuard(c):`. */
export function withGuard<T>(c: PyWeakContainer, body: () => T): T {
  const guard = {} as PyObject;
  guardEnter(c, guard);
  try {
    return body();
  } finally {
    guardExit(c, guard);
  }
}

// ---- the generator methods ---------------------------------------------------------------------

/** One generator method: how it starts, and what it does with each item of its inner iterator. */
export interface IterKind {
  /** The `__qualname__` of the generator function (`WeakValueDictionary.items`). */
  readonly qualname: string;
  /** How many locals besides `self` the generator's frame keeps between items. */
  readonly nlocals: number;
  /** Runs before the guard is entered (`_commit_removals` when pending). */
  readonly prologue?: (c: PyWeakContainer) => void;
  /** The inner iterator over `self.data` (a new reference). */
  readonly open: (c: PyWeakContainer) => PyObject;
  /** Takes an item (stolen), stores locals, returns what to yield (new reference) or null to go on. */
  readonly step: (it: WeakIter, item: PyObject) => PyObject | null;
}

/**
 * The iterator a generator method returns. DEVIATION(cpython): CPython returns a real generator
 * (`types.GeneratorType`, with a frame); this one only has `__next__`, `send(None)` and `close`,
 * but it starts, holds its locals, enters and leaves the guard and ends as that generator does.
 */
export class WeakIter extends PyObject {
  /** The generator's `self` (owned; null once finished). */
  owner: PyWeakContainer | null = null;
  kind!: IterKind;
  started = false;
  finished = false;
  /** The `for` loop's iterator over `self.data` (owned). */
  inner: PyObject | null = null;
  /** The frame's other locals, in `co_varnames` order (owned). */
  locals: (PyObject | null)[] = [];
}

/** `generator` stand-in. */
export const weakIterType: PyType = staticType({ name: 'generator', basicsize: 96, flags: TPFLAGS_HAVE_GC });

/** A new iterator of `kind` over `c` (nothing runs until the first `next`). */
export function newWeakIter(c: PyWeakContainer, kind: IterKind): WeakIter {
  const it = allocate(weakIterType, (a) => new WeakIter(weakIterType, a));
  it.owner = incref(c);
  it.kind = kind;
  it.locals = new Array<PyObject | null>(kind.nlocals).fill(null);
  return it;
}

/** `STORE_FAST`: takes `value` (stolen) into local `i`, dropping the old one. */
export function storeLocal(it: WeakIter, i: number, value: PyObject): void {
  const old = it.locals[i] ?? null;
  it.locals[i] = value;
  xdecref(old);
}

/** The end of the generator: the loop's iterator, the guard's `__exit__`, then the frame's locals. */
function finish(it: WeakIter): void {
  if (it.finished) return;
  it.finished = true;
  const inner = it.inner;
  it.inner = null;
  xdecref(inner);
  const owner = it.owner;
  if (it.started && owner !== null) guardExit(owner, it);
  it.owner = null;
  const locals = it.locals;
  it.locals = [];
  xdecref(owner);
  for (const l of locals) xdecref(l);
}

weakIterType.iter = (self) => incref(self);
weakIterType.iternext = (self) => {
  const it = self as WeakIter;
  const c = it.owner;
  if (it.finished || c === null) return null;
  try {
    if (!it.started) {
      it.kind.prologue?.(c);
      it.started = true;
      guardEnter(c, it);
      it.inner = it.kind.open(c);
    }
    for (;;) {
      const item = iterNext(it.inner as PyObject);
      if (item === null) {
        finish(it);
        return null;
      }
      const out = it.kind.step(it, item);
      if (out !== null) return out;
    }
  } catch (e) {
    finish(it);
    throw e;
  }
};
weakIterType.dealloc = (self) => {
  finish(self as WeakIter);
  freeObject(self);
};
weakIterType.traverse = (self, visit) => {
  const it = self as WeakIter;
  if (it.owner !== null) visit(it.owner);
  if (it.inner !== null) visit(it.inner);
  for (const l of it.locals) if (l !== null) visit(l);
};
weakIterType.clear = (self) => { finish(self as WeakIter); };
weakIterType.repr = (self) => newStr(`<generator object ${(self as WeakIter).kind.qualname} at 0x${self.address.toString(16)}>`);
addMethods(weakIterType, [
  { name: 'close', kind: 'noargs', impl: (self) => (finish(self as WeakIter), incref(None)) },
  {
    name: 'send', kind: 'o',
    impl: (self, args) => {
      const it = self as WeakIter;
      if (!it.started && args[0] !== None) throw typeError("can't send non-None value to a just-started generator");
      const out = (weakIterType.iternext as (o: PyObject) => PyObject | null)(self);
      if (out === null) throw raiseUnnormalized(E.StopIteration, null);
      return out;
    },
  },
]);
addGetSets(weakIterType, [
  { name: '__qualname__', get: (self) => newStr((self as WeakIter).kind.qualname) },
  { name: '__name__', get: (self) => newStr((self as WeakIter).kind.qualname.replace(/^.*\./, '')) },
]);

