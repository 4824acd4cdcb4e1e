/**
 * The `types` module: the built-in types by name, `SimpleNamespace` (repr `namespace(a=1)`),
 * and basic `new_class`/`prepare_class`. Mirrors CPython 3.8 Lib/types.py and
 * Objects/namespaceobject.c.
 *
 * TODO(issue 6): `types.coroutine` and `AsyncGeneratorType` belong to the coroutine work; it
 * registers them by pushing onto {@link typesExtensions} (functions) and
 * {@link typesExtraValues} (values) before the module is first imported.
 * @module
 */
import { mappingProxyType } from '../objects/mapping-proxy.ts';
import { codeType } from '../objects/code.ts';
import { coroutineType } from '../objects/coroutine.ts';
import { PyDict, dictGetStr, dictItems, dictSetStr, dictType, newDict } from '../objects/dict.ts';
import { frameType } from '../objects/frame.ts';
import { functionType } from '../objects/function.ts';
import { generatorType } from '../objects/generator.ts';
import { PyMemberDescr, getsetDescriptorType, memberDescriptorType } from '../objects/getset.ts';
import { addMethods, addValue } from '../runtime/type-defs.ts';
import { cellType } from '../objects/cell.ts';
import { positional } from '../objects/list-methods.ts';
import { reprEnter, reprLeave } from '../objects/list-slots.ts';
import { methodType } from '../objects/method.ts';
import { moduleType } from '../objects/module.ts';
import { builtinFunctionType, classMethodDescriptorType, methodDescriptorType, type NativeDef } from '../objects/native-function.ts';
import { None, newNotImplemented } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTuple, newTupleStealing } from '../objects/tuple.ts';
import { tracebackType } from '../objects/traceback.ts';
import { methodWrapperType, wrapperDescriptorType } from '../objects/wrapper-descr.ts';
import { richCompare } from '../runtime/abstract-compare.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { parseArgs } from '../runtime/clinic-args.ts';
import { withStandInGlobals } from '../runtime/thread-state.ts';
import { callObject } from '../runtime/call.ts';
import { calculateMetaclass, updateBases } from '../runtime/class-create.ts';
import { deleteItem, getItem, setItem } from '../runtime/abstract-item.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { newInt } from '../objects/int.ts';
import { sequenceToArray } from '../runtime/abstract-iter.ts';
import { staticType, typeType } from '../runtime/core-types.ts';
import { typeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, decref, freeObject, incref } from '../runtime/object.ts';
import { defineNativeModule } from './module-builder.ts';
import { makeDynamicClassAttribute } from './types-dynamic-class-attribute.ts';
import { compareText } from '../objects/str-slots.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';
import { TYPES_DOC } from './module-docs.ts';

/** Functions other packages add to `types` (issue 6: `coroutine`). */
export const typesExtensions: NativeDef[] = [];
/** Values other packages add to `types` (issue 6: `AsyncGeneratorType`); `make` returns a new reference. */
export const typesExtraValues: [string, () => PyObject][] = [];

/** `types.SimpleNamespace`. */
export const simpleNamespaceType: PyType = staticType({ name: 'SimpleNamespace', module: 'types', basicsize: 24, flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC });
markDottedTypeName(simpleNamespaceType);
simpleNamespaceType.hasInstanceDict = true;

function nsDict(o: PyObject): PyDict {
  if (o.dict === null) o.dict = newDict();
  return o.dict;
}

simpleNamespaceType.new = (type) => {
  if (type.isHeapType) incref(type);
  const o = new PyObject(type, allocateAddress(type));
  o.dict = newDict();
  return o;
};
/** A new `types.SimpleNamespace` holding `entries` in order (it takes over their references). */
export function newSimpleNamespace(entries: readonly (readonly [string, PyObject])[]): PyObject {
  const o = new PyObject(simpleNamespaceType, allocateAddress(simpleNamespaceType));
  const d = newDict();
  o.dict = d;
  for (const [name, value] of entries) {
    dictSetStr(d, name, value);
    decref(value);
  }
  return o;
}

simpleNamespaceType.init = (self, args, kwnames) => {
  if (positional(args, kwnames).length > 0) throw typeError('no positional arguments expected');
  const d = nsDict(self);
  const n = args.length - (kwnames?.length ?? 0);
  (kwnames ?? []).forEach((k, i) => { dictSetStr(d, k, args[n + i] as PyObject); });
};
simpleNamespaceType.dealloc = (self) => {
  const d = self.dict;
  self.dict = null;
  if (d !== null) decref(d);
  freeObject(self);
};
simpleNamespaceType.traverse = (self, visit) => {
  if (self.dict !== null) visit(self.dict);
};
simpleNamespaceType.repr = (self) => {
  const name = self.type === simpleNamespaceType ? 'namespace' : self.type.name;
  if (!reprEnter(self)) return newStr(`${name}(...)`);
  try {
    // `namespace_repr` lists the keys sorted (3.8 sorts `PyDict_Keys`).
    const items = dictItems(nsDict(self)).filter((kv): kv is [PyStr, PyObject] => kv[0] instanceof PyStr);
    items.sort(([a], [b]) => compareText(a.value, b.value));
    const parts = items.map(([k, v]) => `${k.value}=${reprText(v)}`);
    return newStr(`${name}(${parts.join(', ')})`);
  } finally {
    reprLeave(self);
  }
};
// `namespace_reduce`: `(type(self), (), self.__dict__)`.
addMethods(simpleNamespaceType, [{
  name: '__reduce__',
  kind: 'noargs',
  doc: 'Return state information for pickling',
  impl: (self) => newTupleStealing([incref(self.type), newTuple([]), incref(nsDict(self))]),
}]);
// `namespace_members`: `__dict__`, read-only.
addValue(simpleNamespaceType, '__dict__', () => new PyMemberDescr('__dict__', simpleNamespaceType, 0, { read: (self) => incref(nsDict(self)), doc: null }));
simpleNamespaceType.richcompare = (a, b, op) => {
  const isNs = (o: PyObject): boolean => o.type.isSubtype(simpleNamespaceType);
  // `namespace_richcompare`: two namespaces compare as their dicts, for every operator.
  if (!isNs(a) || !isNs(b)) return newNotImplemented();
  return richCompare(nsDict(a), nsDict(b), op);
};

/** Calls `f(*args, **kwds)` with the str keys of `kwds` as keywords: a new reference. */
function callWithKwds(f: PyObject, args: readonly PyObject[], kwds: PyDict): PyObject {
  const items = dictItems(kwds).filter((kv): kv is [PyStr, PyObject] => kv[0] instanceof PyStr);
  return callObject(f, [...args, ...items.map(([, v]) => v)], items.length > 0 ? items.map(([k]) => k.value) : null);
}

/**
 * `prepare_class(name, bases=(), kwds=None)` of Lib/types.py: the metaclass (the explicit one,
 * or the most derived of the bases'), the namespace its `__prepare__` gives, and a copy of
 * `kwds` without `metaclass`. All three are new references.
 */
function prepareClass(name: PyObject, bases: PyObject, kwdsIn: PyObject): [PyObject, PyObject, PyDict] {
  const kwds = kwdsIn === None ? newDict() : (callObject(dictType, [kwdsIn]) as PyDict);
  let meta: PyObject | null = null;
  try {
    // As Lib/types.py: `type(bases[0])` when `bases` is true, and only a `type` metaclass
    // (`_calculate_meta`) iterates the bases.
    const explicit = dictGetStr(kwds, 'metaclass');
    if (explicit !== null) {
      meta = incref(explicit);
      const k = newStr('metaclass');
      try {
        deleteItem(kwds, k);
      } finally {
        decref(k);
      }
    } else if (isTrue(bases)) {
      const zero = newInt(0);
      try {
        const first = getItem(bases, zero);
        meta = incref(first.type);
        decref(first);
      } finally {
        decref(zero);
      }
    } else {
      meta = incref(typeType);
    }
    if (meta instanceof PyType) {
      const items = sequenceToArray(bases);
      try {
        const winner = calculateMetaclass(meta, items);
        decref(meta);
        meta = incref(winner);
      } finally {
        for (const o of items) decref(o);
      }
    }
    const prepare = lookupAttrString(meta, '__prepare__');
    let ns: PyObject;
    if (prepare === null) {
      ns = newDict();
    } else {
      try {
        ns = callWithKwds(prepare, [name, bases], kwds);
      } finally {
        decref(prepare);
      }
    }
    return [meta, ns, kwds];
  } catch (e) {
    if (meta !== null) decref(meta);
    decref(kwds);
    throw e;
  }
}

/** The `types` module's globals: what `PyEval_GetGlobals()` gives inside its functions. */
function moduleGlobals(module: PyObject): PyObject {
  return module.dict ?? None;
}

const FUNCTIONS: NativeDef[] = [
  {
    name: 'prepare_class', kind: 'fastkw',
    impl: (m, args, kwnames) => {
      const [name, bases, kwds] = parseArgs('prepare_class', args, kwnames, ['name', 'bases', 'kwds'], 1);
      const empty = newTuple([]);
      try {
        return withStandInGlobals(moduleGlobals(m), () => newTupleStealing(prepareClass(name as PyObject, bases ?? empty, kwds ?? None)));
      } finally {
        decref(empty);
      }
    },
  },
  {
    name: 'new_class', kind: 'fastkw',
    impl: (m, args, kwnames) => {
      const [name, basesArg, kwdsArg, body] = parseArgs('new_class', args, kwnames, ['name', 'bases', 'kwds', 'exec_body'], 1);
      const bases = basesArg === undefined ? newTuple([]) : incref(basesArg);
      return withStandInGlobals(moduleGlobals(m), () => {
        const owned: PyObject[] = [bases];
        try {
          const resolved = resolveBases(bases);
          owned.push(resolved);
          const [meta, ns, kwds] = prepareClass(name as PyObject, resolved, kwdsArg ?? None);
          owned.push(meta, ns, kwds);
          if (body !== undefined && body !== None) decref(callObject(body, [ns]));
          if (resolved !== bases) {
            const key = newStr('__orig_bases__');
            try {
              setItem(ns, key, bases);
            } finally {
              decref(key);
            }
          }
          return callWithKwds(meta, [name as PyObject, resolved, ns], kwds);
        } finally {
          for (const o of owned) decref(o);
        }
      });
    },
  },
  { name: 'resolve_bases', kind: 'o', doc: 'Resolve MRO entries dynamically as specified by PEP 560.', impl: (_m, args) => resolveBases(args[0] as PyObject) },
];

/** `resolve_bases(bases)`: `bases` itself when no entry has `__mro_entries__`, else a new tuple. */
function resolveBases(bases: PyObject): PyObject {
  const items = sequenceToArray(bases);
  try {
    const updated = updateBases(items);
    return updated === null ? incref(bases) : newTupleStealing(updated);
  } finally {
    for (const o of items) decref(o);
  }
}


defineNativeModule({
  name: 'types',
  doc: TYPES_DOC,
  get functions() {
    return [...FUNCTIONS, ...typesExtensions];
  },
  values: () => [
    ['FunctionType', incref(functionType)],
    ['LambdaType', incref(functionType)],
    ['CodeType', incref(codeType)],
    ['MethodType', incref(methodType)],
    ['BuiltinFunctionType', incref(builtinFunctionType)],
    ['BuiltinMethodType', incref(builtinFunctionType)],
    ['GeneratorType', incref(generatorType)],
    ['CoroutineType', incref(coroutineType)],
    ['FrameType', incref(frameType)],
    ['TracebackType', incref(tracebackType)],
    ['ModuleType', incref(moduleType)],
    ['CellType', incref(cellType)],
    ['SimpleNamespace', incref(simpleNamespaceType)],
    ['MappingProxyType', incref(mappingProxyType)],
    ['WrapperDescriptorType', incref(wrapperDescriptorType)],
    ['MethodWrapperType', incref(methodWrapperType)],
    ['MethodDescriptorType', incref(methodDescriptorType)],
    ['ClassMethodDescriptorType', incref(classMethodDescriptorType)],
    ['GetSetDescriptorType', incref(getsetDescriptorType)],
    ['MemberDescriptorType', incref(memberDescriptorType)],
    ['DynamicClassAttribute', makeDynamicClassAttribute()],
    ...typesExtraValues.map(([n, make]) => [n, make()] as const),
  ],
});
