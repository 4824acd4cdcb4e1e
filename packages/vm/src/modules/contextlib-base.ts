/**
 * The shared pieces of the native `contextlib` types: an object holding a few owned fields,
 * the type factory, and helpers to read `sys.exc_info()` and to raise "from None". Mirrors the
 * instance attributes of CPython 3.8 Lib/contextlib.py's classes.
 * @module
 */
import { newDict } from '../objects/dict.ts';
import { instanceDict } from '../runtime/attributes.ts';
import { addGetSets, addValue } from '../runtime/type-defs.ts';
import { clearWeakrefs } from '../objects/weakref.ts';
import { PyBaseException } from '../objects/exception-object.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { staticType } from '../runtime/core-types.ts';
import { layOutAsLibraryClass } from '../objects/type-layout.ts';
import { PyRaise, raiseWhileHandling } from '../runtime/errors.ts';
import { noteLibraryFrame } from '../runtime/print-exception.ts';
import { cpythonModuleFile } from './cpython-module-files.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { asPythonFrame } from '../runtime/recursion-levels.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref } from '../runtime/object.ts';

/** An instance of a native contextlib class: owned fields by index, plus owned JS-side lists. */
export class PyHolder extends PyObject {
  fields: (PyObject | null)[] = [];
  list: PyObject[] = [];
}

/**
 * A contextlib class: instances are {@link PyHolder}s with an instance `__dict__`. Unless
 * `isPythonClass` is false (a C type of CPython's), it stands for a class statement of CPython's
 * library: its dict has `__module__` and no `__new__`, and the topmost class of a hierarchy has the
 * `__dict__` and `__weakref__` descriptors.
 */
export function holderType(name: string, base: PyType | null = null, module = 'contextlib', doc: string | null = null, isPythonClass = true, mixins: readonly PyType[] = []): PyType {
  const t = staticType({ name, module, basicsize: 48, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC, doc, mixins, ...(base === null ? {} : { base }) });
  t.isPythonClass = isPythonClass;
  // A real str in the class dict: `_GeneratorContextManagerBase.__init__` reads it back as the
  // instance's docstring (the bootstrap's placeholder for static types' docs is not one).
  if (doc !== null) addValue(t, '__doc__', () => newStr(doc));
  t.new = (type) => {
    if (type.isHeapType) incref(type);
    return new PyHolder(type, allocateAddress(type));
  };
  t.dealloc = (self) => {
    if (self.weakrefs !== null) clearWeakrefs(self);
    clearHolder(self as PyHolder);
    if (self.dict !== null) {
      const d = self.dict;
      self.dict = null;
      decref(d);
    }
    freeObject(self);
  };
  // As `subtype_traverse`/`subtype_clear` of the Python classes these stand for: the fields, then
  // the instance dict.
  t.traverse = (self, visit) => {
    const h = self as PyHolder;
    for (const f of h.fields) if (f !== null) visit(f);
    for (const f of h.list) visit(f);
    if (h.dict !== null) visit(h.dict);
  };
  t.clear = (self) => {
    clearHolder(self as PyHolder);
    const d = self.dict;
    self.dict = null;
    if (d !== null) decref(d);
  };
  layOutAsLibraryClass(t, { dict: true, weak: true });
  // The instances of CPython's Python classes have a `__dict__` (the context managers of
  // `contextmanager` keep `gen`, `func`, `args` and `kwds` in it) and take weak references: the
  // topmost class gets both descriptors as `type_new` gives them (runtime/bootstrap.ts).
  if (!isPythonClass) addGetSets(t, [{ name: '__dict__', get: (self) => incref(instanceDict(self) ?? newDict()) }]);
  return t;
}

/**
 * Sets the `__init__` of a contextlib class (a Python class in CPython): its body runs as that
 * method's frame, one recursion level.
 *
 * @param t - the class.
 * @param init - what its `__init__` does.
 */
export function setPythonInit(t: PyType, init: NonNullable<PyType['init']>): void {
  t.init = (self, args, kwnames) => {
    asPythonFrame(() => { init(self, args, kwnames); });
  };
}

function clearHolder(h: PyHolder): void {
  const fields = h.fields;
  const list = h.list;
  h.fields = [];
  h.list = [];
  for (const f of fields) xdecref(f);
  for (const f of list) decref(f);
}

/** Sets field `i` of a holder to a new reference to `v`. */
export function setField(h: PyObject, i: number, v: PyObject | null): void {
  const holder = h as PyHolder;
  const old = holder.fields[i] ?? null;
  holder.fields[i] = v === null ? null : incref(v);
  xdecref(old);
}

/** Field `i` (borrowed), None when unset. */
export function field(h: PyObject, i: number): PyObject {
  return (h as PyHolder).fields[i] ?? None;
}

/**
 * `raise type(message) from None` in the `except` clause that caught `caught` (which it consumes):
 * the caught exception stays the `__context__`, hidden from the report.
 */
export function raiseFromNoneWhileHandling(type: PyType, message: string, caught: PyRaise): PyRaise {
  const s = newStr(message);
  try {
    const next = raiseWhileHandling(type, [s], caught);
    next.value.suppressContext = true;
    return next;
  } finally {
    decref(s);
  }
}

/** `(type, value, traceback)` of a caught exception, as new references. */
export function excDetails(e: PyRaise): [PyObject, PyObject, PyObject] {
  const v: PyBaseException = e.value;
  return [incref(v.type), incref(v), incref(e.traceback ?? v.traceback ?? None)];
}

/**
 * Notes that `raised` came out of the native stand-in of a function of CPython's
 * Lib/contextlib.py at `line` (`name`) with no Python frame of its own, so that its report
 * keeps the "Traceback" header CPython's frame there gives it.
 */
export function raisedInContextlib(raised: PyRaise, line: number, name: string): void {
  noteLibraryFrame(raised, [cpythonModuleFile('contextlib') ?? 'contextlib.py', line, name]);
}

/**
 * Runs the body of a native stand-in for a Python-level contextlib method whose locals are
 * `locals` (borrowed): when it raises, they stay alive with the exception, as CPython's frame on
 * the traceback keeps them until the exception goes.
 */
export function asLibraryFrame<T>(locals: readonly PyObject[], body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof PyRaise) {
      const value = e.value;
      value.libraryFrameLocals = [...(value.libraryFrameLocals ?? []), ...locals.map((o) => incref(o))];
    }
    throw e;
  }
}
