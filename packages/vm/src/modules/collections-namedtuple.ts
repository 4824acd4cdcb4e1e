/**
 * `collections.namedtuple`: builds a real tuple subclass with `typeNew`, with `_tuplegetter`
 * field properties, `_fields`, `_field_defaults`, `_make`, `_replace`, `_asdict`, `__repr__`,
 * `__getnewargs__`, `defaults`, `rename` and `module`. Mirrors CPython 3.8
 * Lib/collections/__init__.py `namedtuple` and Modules/_collectionsmodule.c `_tuplegetter`.
 * @module
 */
import { dictGetStr, dictSet, dictSetStr, newDict } from '../objects/dict.ts';
import { classMethodType } from '../objects/descr-types.ts';
import { positional } from '../objects/list-methods.ts';
import { type NativeDef } from '../objects/native-function.ts';
import { newRenamedNativePyFunction } from '../objects/native-py-function.ts';
import { newNativePyMethod } from '../objects/native-py-method.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, internStr, newStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing, tupleType } from '../objects/tuple.ts';
import { newTupleOfType, sequenceTuple } from '../objects/tuple-slots.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { callObject } from '../runtime/call.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { execOrEval } from './builtins-exec.ts';
import { typeNew } from '../runtime/class-create.ts';
import { staticType, typeType } from '../runtime/core-types.ts';
import { attributeError, raiseMessage, typeError, valueError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, decref, freeObject, incref } from '../runtime/object.ts';
import { PyFrame } from '../objects/frame.ts';
import { tstate } from '../runtime/thread-state.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { addReadonlyMembers } from '../objects/getset.ts';
import { checkPositional } from '../runtime/clinic-args.ts';
import { ssizeArg } from '../runtime/abstract-number.ts';
import { newInt } from '../objects/int.ts';
import * as E from '../objects/exceptions.ts';
import { markDottedTypeName, tpName } from '../runtime/type-name.ts';

/** `_collections._tuplegetter`: the descriptor of one field. */
export const tupleGetterType: PyType = staticType({ name: '_tuplegetter', module: '_collections', basicsize: 32 });
markDottedTypeName(tupleGetterType);

class PyTupleGetter extends PyObject {
  index = 0;
  doc: PyObject | null = null;
}

/** A new `_tuplegetter` for field `index` with `doc` (borrowed). */
function newTupleGetter(type: PyType, index: number, doc: PyObject): PyTupleGetter {
  const g = new PyTupleGetter(type, allocateAddress(type));
  g.index = index;
  g.doc = incref(doc);
  return g;
}

// `tuplegetter_new`: `_tuplegetter(index, doc, /)`, the index a `Py_ssize_t`.
tupleGetterType.new = (type, args, kwnames) => {
  if ((kwnames?.length ?? 0) > 0) throw typeError('_tuplegetter() takes no keyword arguments');
  checkPositional('_tuplegetter', args.length, 2, 2);
  return newTupleGetter(type, ssizeArg(args[0] as PyObject), args[1] as PyObject);
};
tupleGetterType.descrGet = (self, obj) => {
  const g = self as PyTupleGetter;
  if (obj === null || obj === None) return incref(self);
  if (!(obj instanceof PyTuple)) {
    throw typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${tpName(obj.type)}' object`);
  }
  const item = g.index >= 0 ? obj.items[g.index] : undefined;
  if (item === undefined) throw raiseMessage(E.IndexError, 'tuple index out of range');
  return incref(item);
};
tupleGetterType.descrSet = (_self, _obj, value) => {
  throw attributeError(value === null ? "can't delete attribute" : "can't set attribute");
};
tupleGetterType.dealloc = (self) => {
  const g = self as PyTupleGetter;
  const d = g.doc;
  g.doc = null;
  if (d !== null) decref(d);
  freeObject(self);
};
// `tuplegetter_methods`: `__reduce__` gives `(type(self), (index, doc))`.
addMethods(tupleGetterType, [{
  name: '__reduce__', kind: 'noargs',
  impl: (self) => {
    const g = self as PyTupleGetter;
    return newTupleStealing([incref(g.type), newTupleStealing([newInt(g.index), incref(g.doc ?? None)])]);
  },
}]);
// `tuplegetter_members`: `__doc__` is a writable T_OBJECT member (deleting it reads None).
addReadonlyMembers(tupleGetterType, [{
  name: '__doc__',
  read: (self) => incref((self as PyTupleGetter).doc ?? None),
  write: (self, value) => {
    const g = self as PyTupleGetter;
    const old = g.doc;
    g.doc = value === null ? null : incref(value);
    if (old !== null) decref(old);
  },
}]);

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
  'raise', 'return', 'try', 'while', 'with', 'yield']);

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

function kwArg(args: readonly PyObject[], kwnames: readonly string[] | null, npos: number, name: string): PyObject | undefined {
  const i = (kwnames ?? []).indexOf(name);
  return i < 0 ? undefined : args[npos + i];
}

/** `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`. */
export function namedtuple(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const pos = positional(args, kwnames);
  for (const k of kwnames ?? []) {
    if (!['typename', 'field_names', 'rename', 'defaults', 'module'].includes(k)) throw typeError(`namedtuple() got an unexpected keyword argument '${k}'`);
  }
  if (pos.length > 2) throw typeError(`namedtuple() takes 2 positional arguments but ${pos.length} were given`);
  const typenameObj = pos[0] ?? kwArg(args, kwnames, pos.length, 'typename');
  const fieldsObj = pos[1] ?? kwArg(args, kwnames, pos.length, 'field_names');
  if (typenameObj === undefined || fieldsObj === undefined) {
    const miss = typenameObj === undefined && fieldsObj === undefined ? "2 required positional arguments: 'typename' and 'field_names'"
      : typenameObj === undefined ? "1 required positional argument: 'typename'" : "1 required positional argument: 'field_names'";
    throw typeError(`namedtuple() missing ${miss}`);
  }
  const renameObj = kwArg(args, kwnames, pos.length, 'rename');
  const defaultsObj = kwArg(args, kwnames, pos.length, 'defaults');
  const moduleObj = kwArg(args, kwnames, pos.length, 'module');
  let fields: string[];
  if (fieldsObj instanceof PyStr) fields = fieldsObj.value.replace(/,/g, ' ').split(/\s+/).filter((s) => s !== '');
  else fields = sequenceToArray(fieldsObj).map((o) => {
    const t = strText(o);
    decref(o);
    return t;
  });
  const typename = strText(typenameObj);
  if (renameObj !== undefined && isTrue(renameObj)) {
    const seen = new Set<string>();
    fields = fields.map((name, i) => {
      const bad = !isIdentifier(name) || KEYWORDS.has(name) || name.startsWith('_') || seen.has(name);
      seen.add(name);
      return bad ? `_${i}` : name;
    });
  }
  for (const name of [typename, ...fields]) {
    if (!isIdentifier(name)) throw valueError(`Type names and field names must be valid identifiers: '${name}'`);
    if (KEYWORDS.has(name)) throw valueError(`Type names and field names cannot be a keyword: '${name}'`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith('_') && !(renameObj !== undefined && isTrue(renameObj))) throw valueError(`Field names cannot start with an underscore: '${name}'`);
    if (seen.has(name)) throw valueError(`Encountered duplicate field name: '${name}'`);
    seen.add(name);
  }
  const defaults = defaultsObj === undefined || defaultsObj === None ? [] : sequenceToArray(defaultsObj);
  try {
    if (defaults.length > fields.length) throw typeError('Got more default values than field names');
    return buildClass(typename, fields, defaults, defaultsObj !== undefined && defaultsObj !== None, moduleObj);
  } finally {
    for (const d of defaults) decref(d);
  }
}

/**
 * `repr(field_names).replace("'", "")[1:-1]` (a one-field tuple keeps its comma): a real repr of
 * the tuple of names, since its guard makes the thread state's `'Py_Repr'` list on first use
 * and gc counts see that list.
 */
function argListOf(fields: readonly string[]): string {
  const names = newTupleStealing(fields.map((name) => internStr(name)));
  try {
    return reprText(names).replace(/'/g, '').slice(1, -1);
  } finally {
    decref(names);
  }
}

/**
 * `__new__` as namedtuple makes it: `def __new__(_cls, x, y): return _tuple_new(_cls, (x, y))`
 * run by `exec` in a namespace named `namedtuple_<typename>`, with its doc and defaults set.
 * A Python function, so `__defaults__`, `__code__` and the argument errors are CPython's.
 */
function makeNewFunction(typename: string, fields: readonly string[], defaults: readonly PyObject[], defaultsGiven: boolean): PyObject {
  const argList = argListOf(fields);
  const source = newStr(`def __new__(_cls, ${argList}): return _tuple_new(_cls, (${argList}))`);
  const namespace = newDict();
  try {
    const tupleNew = getAttrString(tupleType, '__new__');
    dictSetStr(namespace, '_tuple_new', tupleNew);
    decref(tupleNew);
    const modName = newStr(`namedtuple_${typename}`);
    dictSetStr(namespace, '__name__', modName);
    decref(modName);
    decref(execOrEval('exec', [source, namespace]));
    const fn = incref(dictGetStr(namespace, '__new__') as PyObject);
    const doc = newStr(`Create new instance of ${typename}(${argList})`);
    setAttrString(fn, '__doc__', doc);
    decref(doc);
    if (defaultsGiven) {
      const d = newTupleStealing(defaults.map((x) => incref(x)));
      setAttrString(fn, '__defaults__', d);
      decref(d);
    }
    return fn;
  } finally {
    decref(source);
    decref(namespace);
  }
}

function buildClass(typename: string, fields: readonly string[], defaults: readonly PyObject[], defaultsGiven: boolean, moduleObj: PyObject | undefined): PyObject {
  let newFn: PyObject | null = null;
  const n = fields.length;
  const ns = newDict();
  const put = (name: string, value: PyObject): void => {
    dictSetStr(ns, name, value);
    decref(value);
  };
  try {
    put('__doc__', newStr(`${typename}(${fields.join(', ')})`));
    put('__slots__', newTupleStealing([]));
    put('_fields', newTupleStealing(fields.map((f) => internStr(f))));
    const fd = newDict();
    fields.slice(n - defaults.length).forEach((f, i) => {
      const k = internStr(f);
      dictSet(fd, k, defaults[i] as PyObject);
      decref(k);
    });
    put('_field_defaults', fd);
    // `_fields_defaults`: 3.8's deprecated alias, the same dict.
    put('_fields_defaults', incref(fd));
    put('__qualname__', newStr(typename));
    if (moduleObj !== undefined && moduleObj !== None) put('__module__', incref(moduleObj));
    else {
      const frame = tstate.frame;
      const globals = frame instanceof PyFrame ? frame.globals : null;
      const name = globals === null ? null : dictGetStr(globals, '__name__');
      put('__module__', incref(name ?? newStr('__main__')));
    }
    newFn = makeNewFunction(typename, fields, defaults, defaultsGiven);
    put('__new__', incref(newFn));
    const makeDef: NativeDef = {
      name: '_make', kind: 'o',
      impl: (cls, args) => {
        const t = sequenceTuple(args[0] as PyObject);
        try {
          if (t.items.length !== n) throw typeError(`Expected ${n} arguments, got ${t.items.length}`);
          return newTupleOfType(cls as PyType, t.items);
        } finally {
          decref(t);
        }
      },
    };
    // `def _make(cls, iterable)` in namedtuple's body: its code checks the arguments first.
    // The docstrings are namedtuple's own (`_make.__func__.__doc__ = f'Make a new {typename} ...'`).
    const makeFn = newRenamedNativePyFunction(
      { name: '_make', kind: 'fast', impl: (_f, args) => makeDef.impl(args[0] as PyObject, args.slice(1), null), doc: `Make a new ${typename} object from a sequence or iterable` },
      'collections',
      `${typename}._make`,
      'namedtuple.<locals>._make',
    );
    put('_make', callObject(classMethodType, [makeFn]));
    decref(makeFn);
    // `def _asdict(self)` ... in namedtuple's body, each `__qualname__` set to `typename.name`.
    const method = (def: NativeDef): void => { put(def.name, newNativePyMethod(def, tupleType, 'collections', `${typename}.${def.name}`, `namedtuple.<locals>.${def.name}`)); };
    method({
      name: '__repr__', kind: 'noargs',
      doc: 'Return a nicely formatted representation string',
      impl: (self) => {
        const t = self as PyTuple;
        const parts = fields.map((f, i) => `${f}=${reprText(t.items[i] ?? None)}`);
        return newStr(`${self.type.name}(${parts.join(', ')})`);
      },
    });
    method({
      name: '_asdict', kind: 'noargs',
      doc: 'Return a new dict which maps field names to their values.',
      impl: (self) => {
        const d = newDict();
        fields.forEach((f, i) => {
          const v = (self as PyTuple).items[i];
          if (v !== undefined) dictSetStr(d, f, v);
        });
        return d;
      },
    });
    method({ name: '__getnewargs__', kind: 'noargs', doc: 'Return self as a plain tuple.  Used by copy and pickle.', impl: (self) => newTupleStealing((self as PyTuple).items.map((o) => incref(o))) });
    method({
      name: '_replace', kind: 'fastkw',
      doc: `Return a new ${typename} object replacing specified fields with new values`,
      impl: (self, args, kwnames) => {
        if (positional(args, kwnames).length > 0) throw typeError(`_replace() takes 1 positional argument but ${args.length + 1} were given`);
        const t = self as PyTuple;
        const kw = new Map<string, PyObject>();
        (kwnames ?? []).forEach((k, i) => kw.set(k, args[i] as PyObject));
        const values = fields.map((f, i) => {
          const v = kw.get(f);
          kw.delete(f);
          return v ?? (t.items[i] ?? None);
        });
        if (kw.size > 0) throw valueError(`Got unexpected field names: [${[...kw.keys()].map((k) => `'${k}'`).join(', ')}]`);
        return newTupleOfType(self.type, values);
      },
    });
    fields.forEach((f, i) => {
      // `_sys.intern(f'Alias for field number {index}')`: classes share the docs of a position.
      const doc = internStr(`Alias for field number ${i}`);
      const g = newTupleGetter(tupleGetterType, i, doc);
      decref(doc);
      put(f, g);
    });
    const cls = typeNew(typeType, typename, [tupleType], ns, [], []);
    // `method.__qualname__ = f'{typename}.{method.__name__}'`, once the class exists.
    const q = newStr(`${typename}.__new__`);
    setAttrString(newFn, '__qualname__', q);
    decref(q);
    return cls;
  } finally {
    if (newFn !== null) decref(newFn);
    decref(ns);
  }
}

