/**
 * The slots of `module`: attribute lookup (`module_getattro`: the namespace, then the module's
 * own `__getattr__` of PEP 562, else "module 'name' has no attribute 'x'"), the repr importlib
 * gives (`<module 'm' from 'file'>`, `<module 'sys' (built-in)>`), and `ModuleType(name, doc)`.
 * Loaded for its side effects by the VM bootstrap. Mirrors CPython 3.8 Objects/moduleobject.c and
 * Lib/importlib/_bootstrap.py `_module_repr`.
 * @module
 */
import { reprText, str } from '../runtime/abstract-object.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { dictPointerTypes, genericGetAttr, getAttrString, lookupAttrString, missingDescribers } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, typeError } from '../runtime/errors.ts';
import * as E from './exceptions.ts';
import { CPYTHON_BUILTIN_MODULE_NAMES, isInitializing, sysModules } from '../runtime/import-system.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { addReadonlyMembers } from './getset.ts';
import { newListStealing } from './list.ts';
import { dictGetStr, dictSetStr, isDict, newDict } from './dict.ts';
import { PyModule, moduleType } from './module.ts';
import { None } from './singletons.ts';
import { PyStr, newStr } from './str.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

// `tp_dictoffset` of module: `md_dict`, which a module `ModuleType.__new__` made has not set yet.
dictPointerTypes.push(moduleType);

moduleType.getattro = (self, name) => {
  const found = genericGetAttr(self, name);
  if (found !== null) return found;
  const dict = self.dict;
  const hook = dict === null ? null : dictGetStr(dict, '__getattr__');
  return hook === null ? null : callObject(hook, [name]);
};

missingDescribers.set(moduleType, (obj, name) => {
  const moduleName = obj.dict === null ? null : dictGetStr(obj.dict, '__name__');
  if (!(moduleName instanceof PyStr)) return `module has no attribute '${name}'`;
  // `_PyModuleSpec_IsInitializing`: the module is still running its body (stands for its spec's
  // `_initializing`, the spec being None here).
  if (isInitializing(moduleName.value) && dictGetStr(sysModules(), moduleName.value) === obj) {
    return `partially initialized module '${moduleName.value}' has no attribute '${name}' (most likely due to a circular import)`;
  }
  return `module '${moduleName.value}' has no attribute '${name}'`;
});

moduleType.repr = (self) => moduleRepr(self);

/**
 * `_module_repr` of importlib: the loader's `module_repr(module)` when it has one (any Exception
 * it raises is ignored), else the repr `__spec__` describes, else one made of `__name__`,
 * `__file__` and `__loader__`, each read as an attribute.
 */
function moduleRepr(m: PyObject): PyObject {
  const loader = lookupAttrString(m, '__loader__') ?? incref(None);
  try {
    const custom = loaderModuleRepr(loader, m);
    if (custom !== null) return custom;
    // DEVIATION(cpython): a namespace package has no `_NamespaceLoader` as its loader here; its
    // flag stands for that loader's module_repr().
    if (loader === None && m instanceof PyModule && m.isNamespacePackage) {
      const nameObj = lookupAttrString(m, '__name__');
      if (nameObj !== null) {
        try {
          return newStr(`<module ${reprText(nameObj)} (namespace)>`);
        } finally {
          decref(nameObj);
        }
      }
    }
    const spec = lookupAttrString(m, '__spec__');
    if (spec !== null) {
      try {
        if (spec !== None) return newStr(specModuleRepr(spec));
      } finally {
        decref(spec);
      }
    }
    const nameObj = lookupAttrString(m, '__name__');
    let name: string;
    let builtinName: boolean;
    try {
      name = nameObj === null ? "'?'" : reprText(nameObj);
      builtinName = nameObj instanceof PyStr && CPYTHON_BUILTIN_MODULE_NAMES.includes(nameObj.value);
    } finally {
      if (nameObj !== null) decref(nameObj);
    }
    const file = lookupAttrString(m, '__file__');
    if (file !== null) {
      try {
        return newStr(`<module ${name} from ${reprText(file)}>`);
      } finally {
        decref(file);
      }
    }
    if (loader !== None) return newStr(`<module ${name} (${reprText(loader)})>`);
    // DEVIATION(cpython): built-in modules have no BuiltinImporter as their loader here; their
    // name stands for its module_repr().
    if (builtinName) return newStr(`<module ${name} (built-in)>`);
    return newStr(`<module ${name}>`);
  } finally {
    decref(loader);
  }
}

/** `loader.module_repr(module)` when the loader has it and it does not raise an Exception. */
function loaderModuleRepr(loader: PyObject, m: PyObject): PyObject | null {
  const method = lookupAttrString(loader, 'module_repr');
  if (method === null) return null;
  try {
    return callObject(method, [m]);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.Exception)) throw e;
    clearRaise(e);
    return null;
  } finally {
    decref(method);
  }
}

/** `_module_repr_from_spec`. */
function specModuleRepr(spec: PyObject): string {
  const attr = <T>(name: string, use: (v: PyObject) => T): T => {
    const v = getAttrString(spec, name);
    try {
      return use(v);
    } finally {
      decref(v);
    }
  };
  const name = attr('name', (v) => (v === None ? "'?'" : reprText(v)));
  return attr('origin', (origin) => {
    if (origin === None) return attr('loader', (loader) => (loader === None ? `<module ${name}>` : `<module ${name} (${reprText(loader)})>`));
    if (attr('has_location', (v) => isTrue(v))) return `<module ${name} from ${reprText(origin)}>`;
    // `spec.name`, not the '?' stand-in, and `{}` of the origin.
    const specName = attr('name', (v) => reprText(v));
    const text = str(origin);
    try {
      return `<module ${specName} (${text.value})>`;
    } finally {
      decref(text);
    }
  });
}

// `module_dir`: the namespace's own `__dir__` if it has one, else its keys (with the names a
// native module provides lazily, which CPython's module has in its namespace from the start).
addMethods(moduleType, [{
  name: '__dir__', kind: 'noargs',
  impl: (self) => {
    // `self.__dict__` through attribute lookup: a class may shadow it.
    const dict = getAttrString(self, '__dict__');
    try {
      if (!isDict(dict)) {
        const name = self.dict !== null && isDict(self.dict) ? dictGetStr(self.dict, '__name__') : null;
        if (!(name instanceof PyStr)) throw raiseMessage(E.SystemError, 'nameless module');
        throw typeError(`${name.value}.__dict__ is not a dictionary`);
      }
      const custom = dictGetStr(dict, '__dir__');
      if (custom !== null) return callObject(custom, []);
      const keys = [...dict.storage.keys].filter((k): k is PyObject => k !== null).map((k) => incref(k));
      const lazy = self instanceof PyModule && dict === self.dict ? self.lazyNames.filter((n) => dictGetStr(dict, n) === null).map((n) => newStr(n)) : [];
      return newListStealing([...keys, ...lazy]);
    } finally {
      decref(dict);
    }
  },
}]);

// The namespace, as `module.__dict__` (a member in CPython, read-only).
// `module_members`: `__dict__` is a READONLY T_OBJECT member.
addReadonlyMembers(moduleType, [{ name: '__dict__', read: (self) => incref(self.dict ?? None) }]);

// `PyType_GenericNew`: the namespace is made by `__init__` (or by the first attribute assignment),
// so `ModuleType.__new__(ModuleType).__dict__` is None.
moduleType.new = (type, args) => {
  const name = args[0];
  const module = new PyModule(name instanceof PyStr ? name.value : '?', null, type);
  if (type.isHeapType) incref(type);
  return module;
};

/** `module.__init__(name, doc=None)`. */
moduleType.init = (self, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const positional = args.slice(0, args.length - nkw);
  let name: PyObject | undefined = positional[0];
  let doc: PyObject | undefined = positional[1];
  (kwnames ?? []).forEach((k, i) => {
    const v = args[positional.length + i];
    if (k === 'name' && name === undefined) name = v;
    else if (k === 'doc' && doc === undefined) doc = v;
    else throw typeError(`'${k}' is an invalid keyword argument for module()`);
  });
  if (positional.length > 2) throw typeError(`module() takes at most 2 arguments (${positional.length} given)`);
  if (name === undefined) throw typeError("module() missing required argument 'name' (pos 1)");
  if (!(name instanceof PyStr)) throw typeError(`module() argument 'name' must be str, not ${argTypeName(name)}`);
  const dict = self.dict ?? newDict();
  self.dict = dict;
  dictSetStr(dict, '__name__', name);
  dictSetStr(dict, '__doc__', doc ?? None);
  for (const key of ['__package__', '__loader__', '__spec__']) dictSetStr(dict, key, None);
};
