/**
 * The Python-visible side of functions and bound methods: binding (`__get__`), the `__code__`,
 * `__name__`, `__qualname__`, `__defaults__`, `__kwdefaults__`, `__closure__`, `__doc__`,
 * `__module__`, `__annotations__`, `__globals__` attributes and the reprs; and the reprs of
 * built-in functions and method descriptors. Mirrors CPython 3.8 Objects/funcobject.c,
 * Objects/classobject.c and Objects/methodobject.c.
 * @module
 */
import { raiseMessage, typeError } from '../runtime/errors.ts';
import { ValueError } from './exceptions.ts';
import { PyType, decref, incref, xdecref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { addGetSets, addMethods } from '../runtime/type-defs.ts';
import { addReadonlyMembers, type GetSetDef } from './getset.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { hashObject, richCompareBool } from '../runtime/abstract-compare.ts';
import { pointerHash } from '../hash/pointer-hash.ts';
import { newBool } from './int.ts';
import { PyCode } from './code.ts';
import { isDict, newDict } from './dict.ts';
import { PyFunction, functionType } from './function.ts';
import { PyMethod, methodType } from './method.ts';
import { PyBuiltinFunction, PyClassMethodDescr, PyMethodDescr, builtinFunctionType, classMethodDescriptorType, methodDescriptorType, type NativeDef } from './native-function.ts';
import { PyGetSetDescr, PyMemberDescr, getsetDescriptorType, memberDescriptorType } from './getset.ts';
import { PyModule } from './module.ts';
import { None, newNotImplemented } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { PyTuple, newTupleStealing } from './tuple.ts';
import { getBuiltinId } from './builtin-id.ts';
import { getAttrOrNull, getAttrString, lookupType, missingAttribute } from '../runtime/attributes.ts';
import { PyRaise, clearRaise } from '../runtime/errors.ts';
import { defDoc, getSetDoc, splitInternalDoc } from './builtin-docs.ts';

functionType.descrGet = (self, obj) => (obj === null || obj === None ? incref(self) : new PyMethod(self, obj));
functionType.repr = (self) => {
  const f = self as PyFunction;
  return newStr(`<function ${(f.qualname as PyStr).value} at 0x${f.address.toString(16)}>`);
};

type Field = 'defaults' | 'kwdefaults' | 'closure' | 'doc' | 'module' | 'annotations';

function plain(field: Field, check?: (v: PyObject) => void) {
  return {
    get: (self: PyObject): PyObject => incref((self as PyFunction)[field] ?? None),
    set: (self: PyObject, value: PyObject | null): void => {
      const f = self as PyFunction;
      if (value !== null && value !== None && check !== undefined) check(value);
      const old = f[field];
      f[field] = value === null || value === None ? null : incref(value);
      xdecref(old);
    },
  };
}

/**
 * `__dict__` of functions and function-like objects (`PyObject_GenericGetDict`/`SetDict`): made
 * on first use, replaceable by a dict only, never deleted.
 */
export const functionDictGetSet: GetSetDef = {
  name: '__dict__',
  get: (self) => {
    self.dict ??= newDict();
    return incref(self.dict);
  },
  set: (self, value) => {
    if (value === null) throw typeError('cannot delete __dict__');
    if (!isDict(value)) throw typeError(`__dict__ must be set to a dictionary, not a '${tpName(value.type)}'`);
    const old = self.dict;
    self.dict = incref(value);
    xdecref(old);
  },
};

// `func_memberlist`: `__closure__` and `__globals__` are READONLY members ("readonly
// attribute"); `__doc__` and `__module__` are writable ones. Members come before getsets in the
// type's dict, as `PyType_Ready` adds them.
addReadonlyMembers(functionType, [
  { name: '__closure__', read: (self) => incref((self as PyFunction).closure ?? None) },
  { name: '__doc__', read: plain('doc').get, write: plain('doc').set },
  { name: '__globals__', read: (self) => incref((self as PyFunction).globals) },
  { name: '__module__', read: plain('module').get, write: plain('module').set },
]);

addGetSets(functionType, [
  {
    name: '__code__',
    get: (self) => incref((self as PyFunction).code),
    set: (self, value) => {
      if (!(value instanceof PyCode)) throw typeError('__code__ must be set to a code object');
      const f = self as PyFunction;
      // `func_set_code`: the closure's cells must match the new code's free variables.
      const nfree = value.co.freevars.length;
      const nclosure = f.closure instanceof PyTuple ? f.closure.items.length : 0;
      if (nclosure !== nfree) {
        throw raiseMessage(ValueError, `${(f.name as PyStr).value}() requires a code object with ${nclosure} free vars, not ${nfree}`);
      }
      const old = f.code;
      f.code = incref(value);
      decref(old);
    },
  },
  { name: '__defaults__', ...plain('defaults', (v) => { if (!(v instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object'); }) },
  { name: '__kwdefaults__', ...plain('kwdefaults', (v) => { if (!isDict(v)) throw typeError('__kwdefaults__ must be set to a dict object'); }) },
  {
    name: '__annotations__',
    get: (self) => {
      const f = self as PyFunction;
      f.annotations ??= newDict();
      return incref(f.annotations);
    },
    set: plain('annotations', (v) => { if (!isDict(v)) throw typeError('__annotations__ must be set to a dict object'); }).set,
  },
  functionDictGetSet,
  {
    name: '__name__',
    get: (self) => incref((self as PyFunction).name),
    set: (self, value) => {
      if (!(value instanceof PyStr)) throw typeError('__name__ must be set to a string object');
      const f = self as PyFunction;
      const old = f.name;
      f.name = incref(value);
      decref(old);
    },
  },
  {
    name: '__qualname__',
    get: (self) => incref((self as PyFunction).qualname),
    set: (self, value) => {
      if (!(value instanceof PyStr)) throw typeError('__qualname__ must be set to a string object');
      const f = self as PyFunction;
      const old = f.qualname;
      f.qualname = incref(value);
      decref(old);
    },
  },
]);

/** The qualified name of a callable for a bound method's repr (`__qualname__`, else `__name__`). */
function qualnameOf(func: PyObject): string {
  for (const attr of ['__qualname__', '__name__']) {
    try {
      const v = getAttrString(func, attr);
      const text = v instanceof PyStr ? v.value : '?';
      decref(v);
      return text;
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      clearRaise(e);
    }
  }
  return '?';
}

methodType.repr = (self) => {
  const m = self as PyMethod;
  return newStr(`<bound method ${qualnameOf(m.func)} of ${reprText(m.self)}>`);
};
// `method_getattro`: the method type's own attributes, else the function's (`__module__`,
// `__defaults__`, attributes set on it); missing, the function's AttributeError.
methodType.getattro = (self, name) => {
  const descr = lookupType(methodType, name.value);
  if (descr !== null) {
    const get = descr.type.descrGet;
    if (get === undefined) return incref(descr);
    incref(descr);
    try {
      return get(descr, self, methodType);
    } finally {
      decref(descr);
    }
  }
  const func = (self as PyMethod).func;
  const v = getAttrOrNull(func, name as PyStr);
  if (v === null) missingAttribute(func, name.value);
  return v;
};
// `method_memberlist`: READONLY members; `__name__` and `__qualname__` come from the function
// through `method_getattro`, and `method_getset` has only `__doc__`.
addReadonlyMembers(methodType, [
  { name: '__func__', read: (self) => incref((self as PyMethod).func), doc: 'the function (or other callable) implementing a method' },
  { name: '__self__', read: (self) => incref((self as PyMethod).self), doc: 'the instance to which a method is bound' },
]);
addGetSets(methodType, [
  { name: '__doc__', get: (self) => getAttrString((self as PyMethod).func, '__doc__') },
]);
// `method_richcompare`: equal when the functions are equal and the selves are the same object.
methodType.richcompare = (a, b, op) => {
  if ((op !== 2 && op !== 3) || !(a instanceof PyMethod) || !(b instanceof PyMethod)) return newNotImplemented();
  const eq = richCompareBool(a.func, b.func, 2) && a.self === b.self;
  return newBool(op === 2 ? eq : !eq);
};
// `method_hash`: the self's address hash mixed with the function's hash.
methodType.hash = (self) => {
  const m = self as PyMethod;
  const x = BigInt.asIntN(64, pointerHash(BigInt(m.self.address)) ^ hashObject(m.func));
  return x === -1n ? -2n : x;
};
// `method_descr_get`: a method always has its self, so binding it again returns it as it is.
methodType.descrGet = (self) => incref(self);
// `meth_richcompare`: built-in functions are equal when bound to the same object and made from
// the same C function (`ml_meth`); they are not ordered.
builtinFunctionType.richcompare = (a, b, op) => {
  if ((op !== 2 && op !== 3) || !(a instanceof PyBuiltinFunction) || !(b instanceof PyBuiltinFunction)) return newNotImplemented();
  const eq = a.self === b.self && a.def === b.def;
  return newBool(op === 2 ? eq : !eq);
};
/** Stand-in addresses of the C functions behind built-in functions, for `meth_hash`. */
const functionAddresses = new Map<NativeDef, bigint>();
// `meth_hash`: the self's address hash mixed with the C function's.
// DEVIATION(cpython): CPython hashes the address of the C function (`ml_meth`), which corosim does
// not have; each native function gets a stand-in address in the order first hashed.
builtinFunctionType.hash = (self) => {
  const f = self as PyBuiltinFunction;
  let fn = functionAddresses.get(f.def);
  if (fn === undefined) {
    fn = 0x5555_0000_0000n + BigInt(functionAddresses.size) * 16n;
    functionAddresses.set(f.def, fn);
  }
  const x = BigInt.asIntN(64, pointerHash(f.self === null ? 0n : BigInt(f.self.address)) ^ pointerHash(fn));
  return x === -1n ? -2n : x;
};
// `method_reduce` and `meth_reduce`: a bound method pickles as `getattr(self, name)`; a built-in
// function of a module (or of nothing) as its bare name.
addMethods(methodType, [{
  name: '__reduce__', kind: 'noargs',
  impl: (self) => {
    const m = self as PyMethod;
    const name = getAttrString(m.func, '__name__');
    return newTupleStealing([getBuiltinId('getattr'), newTupleStealing([incref(m.self), name])]);
  },
}]);
addMethods(builtinFunctionType, [{
  name: '__reduce__', kind: 'noargs',
  impl: (self) => {
    const f = self as PyBuiltinFunction;
    if (f.self === null || f.self instanceof PyModule) return newStr(f.def.name);
    return newTupleStealing([getBuiltinId('getattr'), newTupleStealing([incref(f.self), newStr(f.def.name)])]);
  },
}]);
// `method_new`: `types.MethodType(func, self)`.
methodType.new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('method() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`method expected 2 arguments, got ${args.length}`);
  const [func, self] = args as [PyObject, PyObject];
  if (func.type.call === undefined) throw typeError('first argument must be callable');
  if (self === None) throw typeError('self must not be None');
  return new PyMethod(func, self);
};

builtinFunctionType.repr = (self) => {
  const f = self as PyBuiltinFunction;
  if (f.self === null || f.self instanceof PyModule) return newStr(`<built-in function ${f.def.name}>`);
  return newStr(`<built-in method ${f.def.name} of ${tpName(f.self.type)} object at 0x${f.self.address.toString(16)}>`);
};
/** A native function's `__doc__` or `__text_signature__`: its internal doc, split ({@link splitInternalDoc}). */
function internalDoc(def: NativeDef, part: 'doc' | 'signature'): PyObject {
  const doc = defDoc(def);
  if (doc === undefined) return incref(None);
  const split = splitInternalDoc(def.name, doc);
  const text = part === 'doc' ? split.doc : split.signature;
  return text === null ? incref(None) : newStr(text);
}

addGetSets(builtinFunctionType, [
  { name: '__name__', get: (self) => newStr((self as PyBuiltinFunction).def.name) },
  {
    name: '__qualname__',
    get: (self) => {
      const f = self as PyBuiltinFunction;
      if (f.self === null || f.self instanceof PyModule) return newStr(f.def.name);
      const owner = f.self instanceof PyType ? f.self.qualname : f.self.type.qualname;
      return newStr(`${owner}.${f.def.name}`);
    },
  },
  // `PyCFunction_GET_SELF`: a static method's type is not its `__self__`.
  { name: '__self__', get: (self) => { const f = self as PyBuiltinFunction; return incref(f.isStatic ? None : f.self ?? None); } },
  { name: '__module__', get: (self) => { const m = (self as PyBuiltinFunction).moduleName; return m === null ? incref(None) : newStr(m); } },
  // `meth_get__doc__` and `meth_get__text_signature__`: the doc split at its signature line.
  { name: '__doc__', get: (self) => internalDoc((self as PyBuiltinFunction).def, 'doc') },
  { name: '__text_signature__', get: (self) => internalDoc((self as PyBuiltinFunction).def, 'signature') },
]);

methodDescriptorType.repr = (self) => {
  const d = self as PyMethodDescr;
  return newStr(`<method '${d.def.name}' of '${tpName(d.owner)}' objects>`);
};
// `method_repr` for class methods too; `getset_repr` and `member_repr` of the descriptors in
// classes' dicts.
classMethodDescriptorType.repr = (self) => {
  const d = self as PyClassMethodDescr;
  return newStr(`<method '${d.def.name}' of '${tpName(d.owner)}' objects>`);
};
getsetDescriptorType.repr = (self) => {
  const d = self as PyGetSetDescr;
  return newStr(`<attribute '${d.def.name}' of '${tpName(d.owner)}' objects>`);
};
memberDescriptorType.repr = (self) => {
  const d = self as PyMemberDescr;
  return newStr(`<member '${d.name}' of '${tpName(d.owner)}' objects>`);
};
// `descr_members` / `descr_getset` of the data descriptors: `member_get_doc`, `getset_get_doc`.
for (const [type, nameOf, docOf] of [
  [getsetDescriptorType, (d: PyObject) => (d as PyGetSetDescr).def.name, (d: PyObject) => getSetDoc((d as PyGetSetDescr).def) ?? null],
  [memberDescriptorType, (d: PyObject) => (d as PyMemberDescr).name, (d: PyObject) => (d as PyMemberDescr).builtin?.doc ?? null],
] as const) {
  addGetSets(type, [
    { name: '__name__', get: (self) => newStr(nameOf(self)) },
    { name: '__qualname__', get: (self) => newStr(`${(self as PyGetSetDescr | PyMemberDescr).owner.qualname}.${nameOf(self)}`) },
    { name: '__objclass__', get: (self) => incref((self as PyGetSetDescr | PyMemberDescr).owner) },
    { name: '__doc__', get: (self) => { const d = docOf(self); return d === null ? incref(None) : newStr(d); } },
  ]);
}
// `descr_members` and `method_getset` of class methods, as of methods.
addGetSets(classMethodDescriptorType, [
  { name: '__name__', get: (self) => newStr((self as PyClassMethodDescr).def.name) },
  { name: '__qualname__', get: (self) => newStr(`${(self as PyClassMethodDescr).owner.qualname}.${(self as PyClassMethodDescr).def.name}`) },
  { name: '__objclass__', get: (self) => incref((self as PyClassMethodDescr).owner) },
  { name: '__doc__', get: (self) => internalDoc((self as PyClassMethodDescr).def, 'doc') },
  { name: '__text_signature__', get: (self) => internalDoc((self as PyClassMethodDescr).def, 'signature') },
]);
addGetSets(methodDescriptorType, [
  { name: '__name__', get: (self) => newStr((self as PyMethodDescr).def.name) },
  { name: '__qualname__', get: (self) => newStr(`${(self as PyMethodDescr).owner.name}.${(self as PyMethodDescr).def.name}`) },
  { name: '__objclass__', get: (self) => incref((self as PyMethodDescr).owner) },
  // `method_get_doc`: the doc without its text signature (`_PyType_GetDocFromInternalDoc`).
  { name: '__doc__', get: (self) => internalDoc((self as PyMethodDescr).def, 'doc') },
  { name: '__text_signature__', get: (self) => internalDoc((self as PyMethodDescr).def, 'signature') },
]);
