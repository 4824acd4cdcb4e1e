/**
 * `functools.partial`: a callable freezing some arguments of another (nested partials are
 * flattened), with CPython's repr and its `func`, `args` and `keywords` members. Mirrors CPython
 * 3.8 Modules/_functoolsmodule.c (partial_*).
 * @module
 */
import { PyDict, dictCopy, dictItems, dictSet, dictType, isDict, newDict } from '../objects/dict.ts';
import { dictCopyObject } from '../objects/dict-slots.ts';
import { PyMemberDescr } from '../objects/getset.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple, isTuple, newTuple, newTupleStealing, tupleType } from '../objects/tuple.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { instanceDict } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { TPFLAGS_BASETYPE, decref, incref, type PyObject } from '../runtime/object.ts';
import { callerPassesTuple, holdCallArguments, releaseCallArguments } from '../objects/call-arguments.ts';
import { addGetSets, addMethods, addValue } from '../runtime/type-defs.ts';
import { markDottedTypeName, tpName } from '../runtime/type-name.ts';
import { HolderObject, allocate, holderType, splitKw } from './functools-args.ts';
import { reprEnter, reprLeave } from '../objects/repr-guard.ts';

/** A partial: the function, its frozen positional arguments and keywords. */
export class PyPartial extends HolderObject {
  fn: PyObject | null = null;
  args: PyTuple | null = null;
  kw: PyDict | null = null;

  override refs(): (PyObject | null)[] {
    return [this.fn, this.args, this.kw];
  }

  override drop(): void {
    this.fn = this.args = this.kw = null;
  }
}

/** `functools.partial`. */
export const partialType = holderType({ name: 'partial', module: 'functools', basicsize: 64, flags: TPFLAGS_BASETYPE });
partialType.hasInstanceDict = true;
partialType.weakrefable = true;
markDottedTypeName(partialType);

partialType.new = (type, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length < 1) throw typeError("type 'partial' takes at least one argument");
  let func = pos[0] as PyObject;
  let pargs: PyTuple | null = null;
  let pkw: PyDict | null = null;
  if (func.type === partialType && type === partialType && func.dict === null) {
    const part = func as PyPartial;
    pargs = part.args;
    pkw = part.kw;
    func = part.fn as PyObject;
  }
  if (func.type.call === undefined) throw typeError('the first argument must be callable');
  const o = allocate(type, (a) => new PyPartial(type, a));
  o.fn = incref(func);
  o.args = newTuple([...(pargs?.items ?? []), ...pos.slice(1)]);
  const d = pkw === null ? newDict() : dictCopy(pkw);
  for (const [k, v] of kw) {
    const key = newStr(k);
    dictSet(d, key, v);
    decref(key);
  }
  o.kw = d;
  return o;
};

/** Calls `fn(*pos, **kw)` with a dict of keywords (keys must be strs). */
export function callWithDict(fn: PyObject, pos: readonly PyObject[], kw: PyDict | null): PyObject {
  const items = kw === null ? [] : dictItems(kw);
  const names: string[] = [];
  for (const [k] of items) {
    if (!(k instanceof PyStr)) throw typeError('keywords must be strings');
    names.push(k.value);
  }
  return callObject(fn, [...pos, ...items.map(([, v]) => v)], names.length > 0 ? names : null);
}

/**
 * `partial_fastcall`'s `_PyObject_FastCallDict(fn, stack, nargs, kwargs)`: a function or method
 * gets a non-empty keyword dict unpacked into a temporary array that holds every argument while
 * it runs (`_PyStack_UnpackDict`). Under `p(*a, **kw)` the interpreter already holds the caller's
 * keyword values for that.
 */
function fastCallDict(fn: PyObject, args: PyObject[], kwnames: readonly string[] | null, callerKw: readonly PyObject[]): PyObject {
  if (kwnames === null || kwnames.length === 0 || !fn.type.vectorcall) return callObject(fn, args, kwnames);
  const held = args.slice();
  if (callerPassesTuple()) {
    for (const v of callerKw) {
      const i = held.lastIndexOf(v);
      if (i >= 0) held.splice(i, 1);
    }
  }
  for (const a of held) incref(a);
  try {
    return callObject(fn, args, kwnames);
  } finally {
    for (const a of held) decref(a);
  }
}

partialType.call = (self, args, kwnames) => {
  const p = self as PyPartial;
  // partial has no vectorcall in 3.8: `_PyObject_MakeTpCall` packs the arguments into a tuple and a dict.
  const packed = holdCallArguments(args, kwnames);
  try {
    const [pos, kw] = splitKw(args, kwnames);
    const own = p.kw === null ? [] : dictItems(p.kw);
    if (own.length === 0) return fastCallDict(p.fn as PyObject, [...(p.args?.items ?? []), ...args], kwnames, [...kw.values()]);
    const merged = dictCopy(p.kw as PyDict);
    try {
      for (const [k, v] of kw) {
        const key = newStr(k);
        dictSet(merged, key, v);
        decref(key);
      }
      const items = dictItems(merged);
      const names: string[] = [];
      for (const [k] of items) {
        if (!(k instanceof PyStr)) throw typeError('keywords must be strings');
        names.push(k.value);
      }
      return fastCallDict(p.fn as PyObject, [...(p.args?.items ?? []), ...pos, ...items.map(([, v]) => v)], names, [...kw.values()]);
    } finally {
      decref(merged);
    }
  } finally {
    releaseCallArguments(packed);
  }
};

// `partial_repr` guards with `Py_ReprEnter`.
partialType.repr = (self) => {
  const p = self as PyPartial;
  if (!reprEnter(self)) return newStr('...');
  try {
    let arglist = '';
    for (const a of p.args?.items ?? []) arglist += `, ${reprText(a)}`;
    // `PyDict_Next` over the live dict, each pair held while it is formatted: a key's `__str__`
    // may replace its own value.
    const kw = p.kw;
    for (let i = 0; kw !== null && i < kw.storage.keys.length; i++) {
      const k = kw.storage.keys[i];
      const v = kw.storage.values[i];
      if (k == null || v == null) continue;
      incref(k);
      incref(v);
      try {
        arglist += `, ${strText(k)}=${reprText(v)}`;
      } finally {
        decref(k);
        decref(v);
      }
    }
    const name = self.type === partialType ? 'functools.partial' : self.type.name;
    return newStr(`${name}(${reprText(p.fn as PyObject)}${arglist})`);
  } finally {
    reprLeave(self);
  }
};

// `partial_memberlist`: read-only members.
for (const [name, index, doc] of [
  ['func', 0, 'function object to use in future partial calls'],
  ['args', 1, 'tuple of arguments to future partial calls'],
  ['keywords', 2, 'dictionary of keyword arguments to future partial calls'],
] as const) {
  addValue(partialType, name, () => new PyMemberDescr(name, partialType, index, {
    read: (self) => incref((self as PyPartial).refs()[index] ?? None),
    doc,
  }));
}
addMethods(partialType, [
  {
    // `partial_reduce`: `(type(p), (func,), (func, args, keywords, __dict__ or None))`.
    name: '__reduce__',
    kind: 'noargs',
    impl: (self) => {
      const p = self as PyPartial;
      const fn = p.fn ?? None;
      const state = newTuple([fn, p.args ?? None, p.kw ?? None, p.dict ?? None]);
      return newTupleStealing([incref(self.type), newTuple([fn]), state]);
    },
  },
  { name: '__setstate__', kind: 'o', impl: (self, args) => partialSetState(self as PyPartial, args[0] as PyObject) },
]);

/**
 * `partial_setstate`: a 4-tuple `(func, args, keywords, dict)`; args becomes an exact tuple,
 * keywords an exact dict (None: empty), dict None drops the instance dict.
 */
function partialSetState(p: PyPartial, state: PyObject): PyObject {
  const invalid = (): PyObject => { throw typeError('invalid partial state'); };
  if (!isTuple(state) || state.items.length !== 4) return invalid();
  const [fn, fnargs, kw, dict] = state.items as [PyObject, PyObject, PyObject, PyObject];
  // DEVIATION(cpython): an instance dict is always a dict here, so a fourth item that is neither
  // None nor a dict is refused like the other invalid states.
  if (fn.type.call === undefined || !isTuple(fnargs) || (kw !== None && !isDict(kw)) || (dict !== None && !isDict(dict))) return invalid();
  const args = fnargs.type === tupleType ? incref(fnargs) : newTupleStealing(iterableToArray(fnargs));
  let kwargs: PyDict;
  try {
    kwargs = kw === None ? newDict() : kw.type === dictType ? incref(kw as PyDict) : dictCopyObject(kw as PyDict);
  } catch (e) {
    decref(args);
    throw e;
  }
  const old = [p.fn, p.args, p.kw, p.dict];
  p.fn = incref(fn);
  p.args = args;
  p.kw = kwargs;
  p.dict = dict === None ? null : incref(dict as PyDict);
  for (const o of old) if (o !== null) decref(o);
  return incref(None);
}

addGetSets(partialType, [
  {
    // `PyObject_GenericGetDict` / `PyObject_GenericSetDict`.
    name: '__dict__',
    get: (self) => incref(instanceDict(self) ?? newDict()),
    set: (self, value) => {
      if (value === null) throw typeError('cannot delete __dict__');
      if (!isDict(value)) throw typeError(`__dict__ must be set to a dictionary, not a '${tpName(value.type)}'`);
      const old = self.dict;
      self.dict = incref(value);
      if (old !== null) decref(old);
    },
  },
]);
