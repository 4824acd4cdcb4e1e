/**
 * The `collections` module: deque, defaultdict, OrderedDict, Counter, namedtuple, a basic
 * ChainMap, and UserDict, UserList and UserString (made on first use), registered as a built-in
 * module. Mirrors CPython 3.8 Lib/collections/__init__.py (with Modules/_collectionsmodule.c) for
 * these names.
 * @module
 */
import type { NativeDef } from '../objects/native-function.ts';
import { dictSetStr } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import type { PyModule } from '../objects/module.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { attributeError } from '../runtime/errors.ts';
import { importModuleLevel, importModuleNamed } from '../runtime/import-system.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { warn } from './warnings-core.ts';
import { makeUserDict } from './user-collections.ts';
import { makeUserList } from './user-list.ts';
import { makeUserString } from './user-string.ts';
import { makeChainMap } from './collections-chainmap.ts';
import { counterType } from './collections-counter.ts';
import { takeCCollections } from './collections-c-module.ts';
import { namedtuple } from './collections-namedtuple.ts';
import { defineNativeModule } from './module-builder.ts';
import { COLLECTIONS_DOC } from './module-docs.ts';

/** The ABC names `collections.__getattr__` still hands out (`_collections_abc.__all__`). */
const ABC_NAMES = new Set([
  'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator',
  'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
  'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString',
]);

/**
 * The module's `__getattr__` (PEP 562): the ABCs through `collections` itself, with the
 * DeprecationWarning of Lib/collections/__init__.py, cached in the module's globals.
 */
function moduleGetattr(module: PyObject, args: readonly PyObject[]): PyObject {
  const name = args[0] as PyObject;
  const text = name instanceof PyStr ? name.value : '';
  const user = USER_CLASSES.get(text);
  if (user !== undefined) return userClass(module as PyModule, text, user);
  if (!ABC_NAMES.has(text)) throw attributeError(`module 'collections' has no attribute '${text}'`);
  const level = newInt(0);
  const fromlist = newTupleStealing([newStr(text)]);
  let abcModule: PyObject;
  try {
    abcModule = importModuleLevel('collections.abc', (module as PyModule).namespace, fromlist, level);
  } finally {
    decref(fromlist);
    decref(level);
  }
  let obj: PyObject;
  try {
    obj = getAttrString(abcModule, text);
  } finally {
    decref(abcModule);
  }
  try {
    const message = newStr("Using or importing the ABCs from 'collections' instead of from 'collections.abc' is deprecated since Python 3.3, and in 3.10 it will stop working");
    try {
      // DEVIATION(cpython): stacklevel 1, not 2: this __getattr__ has no Python frame of its own.
      warn(E.DeprecationWarning, message, 1);
    } finally {
      decref(message);
    }
    dictSetStr((module as PyModule).namespace, text, obj);
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

/** The classes of Lib/collections/__init__.py built on collections.abc, by name. */
const USER_CLASSES = new Map<string, () => PyObject>([
  ['UserDict', makeUserDict],
  ['UserList', makeUserList],
  ['UserString', makeUserString],
  ['ChainMap', makeChainMap],
]);

/**
 * `collections.ChainMap`, `UserDict`, `UserList` or `UserString`, made on first access and kept
 * in the namespace.
 * DEVIATION(cpython): CPython defines them when `collections` is imported; here each is made on
 * first use (with `collections.abc`), so `import collections` stays as cheap as before.
 */
function userClass(module: PyModule, name: string, make: () => PyObject): PyObject {
  decref(importModuleNamed('collections.abc', module.namespace));
  const cls = make();
  dictSetStr(module.namespace, name, cls);
  return cls;
}

const FUNCTIONS: NativeDef[] = [
  { name: 'namedtuple', kind: 'fastkw', impl: (_m, args, kwnames) => namedtuple(args, kwnames) },
  { name: '__getattr__', kind: 'o', impl: moduleGetattr },
];

defineNativeModule({
  name: 'collections',
  all: [
    'deque', 'defaultdict', 'namedtuple', 'UserDict', 'UserList', 'UserString', 'Counter', 'OrderedDict',
    'ChainMap',
  ],
  doc: COLLECTIONS_DOC,
  functions: FUNCTIONS,
  lazyNames: [...USER_CLASSES.keys()],
  values: () => [['Counter', incref(counterType)]],
  // A package (Lib/collections/), so `collections.abc` is its submodule; the C containers come
  // from `_collections` as `from _collections import deque` brings them.
  init: (module) => {
    const path = newListStealing([]);
    dictSetStr(module.namespace, '__path__', path);
    decref(path);
    takeCCollections(module);
  },
});
