/**
 * The `collections.abc` module: the ABCs of PEP 3119 for containers, iterators, generators and
 * coroutines, made per run as heap classes of `abc.ABCMeta`, with their `__subclasshook__`s
 * ("one-trick ponies" checking the MRO for a method, None disabling it), mixin methods and the
 * registrations of the built-in types. Mirrors CPython 3.8 Lib/_collections_abc.py (whose
 * `__name__` is `collections.abc`) and the `MutableSequence.register(deque)` of
 * Lib/collections/__init__.py.
 * @module
 */
import { dictType, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { newBool, newInt } from '../objects/int.ts';
import { listType, newListStealing } from '../objects/list.ts';
import { newStr, strType } from '../objects/str.ts';
import { None, NotImplemented } from '../objects/singletons.ts';
import { getIter } from '../runtime/abstract-iter.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, runtimeError, typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass, type ClassEntry } from './abc-class.ts';
import { abcMetaType, registerClass } from './abc-meta.ts';
import { importModuleNamed } from '../runtime/import-system.ts';
import {
  itemsViewBody, keysViewBody, mappingBody, mappingViewBody, mutableMappingBody, valuesViewBody,
} from './collections-abc-mapping.ts';
import { mutableSequenceBody, sequenceBody } from './collections-abc-sequence.ts';
import { mutableSetBody, setBody } from './collections-abc-set.ts';
import { abcClass, arg, bareRaise, callMethod, checkMethods, pyDef, raiseThrown, setAbcClass } from './collections-abc-support.ts';
import { asyncGeneratorMethods, asyncIteratorAnext } from './collections-abc-async.ts';
import { newAbcIterator } from './collections-abc-iter.ts';
import { defineNativeModule } from './module-builder.ts';
import { dequeType } from './collections-deque.ts';
import { weakKeyDictType } from './weakref-key-dict.ts';
import { weakValueDictType } from './weakref-value-dict.ts';
import { generatorType } from '../objects/generator.ts';
import { coroutineType } from '../objects/coroutine.ts';
import { asyncGeneratorType } from '../objects/async-generator.ts';
import { bytesType } from '../objects/bytes.ts';
import { bytearrayType } from '../objects/bytearray.ts';
import { longRangeIteratorType, rangeIteratorType, rangeType } from '../objects/range.ts';
import { setIteratorType, setType, frozensetType } from '../objects/set.ts';
import { zipType } from '../objects/enumerate-zip.ts';
import { dictItemsType, dictKeysType, dictValuesType } from '../objects/dict-views.ts';
import { memoryviewType } from '../objects/memoryview.ts';
import { tupleType } from '../objects/tuple.ts';

const SET_DOC = 'A set is a finite, iterable container.\n\n    This class provides concrete generic implementations of all\n    methods except for __contains__, __iter__ and __len__.\n\n    To override the comparisons (presumably for speed, as the\n    semantics are fixed), redefine __le__ and __ge__,\n    then the other operations will automatically follow suit.\n    ';
const MUTABLE_SET_DOC = 'A mutable set is a finite, iterable container.\n\n    This class provides concrete generic implementations of all\n    methods except for __contains__, __iter__, __len__,\n    add(), and discard().\n\n    To override the comparisons (presumably for speed, as the\n    semantics are fixed), all you have to do is redefine __le__ and\n    then the other operations will automatically follow suit.\n    ';
// Mapping, MutableMapping and MutableSequence write their "docstring" after `__slots__ = ()`: a
// bare string statement, so their `__doc__` is None.
const SEQUENCE_DOC = 'All the operations on a read-only sequence.\n\n    Concrete subclasses must override __new__ or __init__,\n    __getitem__, and __len__.\n    ';

const fn = (def: ReturnType<typeof pyDef>): ClassEntry => ({ kind: 'function', def });

/** `@classmethod def __subclasshook__(cls, C): if cls is <name>: return _check_methods(C, ...)`. */
function hook(name: string, methods: readonly string[]): ClassEntry {
  return {
    kind: 'classmethod',
    def: pyDef('__subclasshook__', ['cls', 'C'], (a) => {
      const cls = arg(a, 0);
      if (cls !== abcClass(name)) return incref(NotImplemented);
      return checkMethods(arg(a, 1), methods);
    }),
  };
}

/** An abstract method whose body returns a constant (`return 0`, `return False`). */
function abstractReturning(name: string, params: readonly string[], value: () => PyObject): ClassEntry {
  return fn(pyDef(name, params, () => value(), { abstract: true }));
}

/** An abstract method whose body is `raise <type>`. */
function abstractRaising(name: string, params: readonly string[], type: PyType, ndefaults = 0, doc?: string): ClassEntry {
  return fn(pyDef(name, params, () => { throw bareRaise(type); }, { abstract: true, ndefaults, ...(doc === undefined ? {} : { doc }) }));
}

/** An abstract generator function with an empty body (`while False: yield None`). */
function abstractEmptyGenerator(owner: string, name: string): ClassEntry {
  return fn(pyDef(name, ['self'], () => newAbcIterator(`${owner}.${name}`, [], () => null), { abstract: true }));
}

/** The abstract `throw(self, typ, val=None, tb=None)` of Coroutine and Generator. */
function abstractThrow(doc: string): ClassEntry {
  return fn(pyDef('throw', ['self', 'typ', 'val', 'tb'], (a) => {
    throw raiseThrown(arg(a, 1), a[2] ?? None, a[3] ?? None);
  }, { abstract: true, ndefaults: 2, doc }));
}

/** `close()`: throw GeneratorExit in; it must come back out (or StopIteration). */
function closeMixin(what: string, doc: string): ClassEntry {
  return fn(pyDef('close', ['self'], (a) => {
    try {
      decref(callMethod(arg(a, 0), 'throw', [E.GeneratorExit]));
    } catch (e) {
      if (!(e instanceof PyRaise) || !(exceptionMatches(e, E.GeneratorExit) || exceptionMatches(e, E.StopIteration))) throw e;
      clearRaise(e);
      return incref(None);
    }
    throw runtimeError(`${what} ignored GeneratorExit`);
  }, { doc }));
}

const SEND_DOC = (what: string): string => `Send a value into the ${what}.\n        Return next yielded value or raise StopIteration.\n        `;
const THROW_DOC = (what: string): string => `Raise an exception in the ${what}.\n        Return next yielded value or raise StopIteration.\n        `;

interface AbcSpec {
  readonly name: string;
  readonly bases: readonly string[];
  readonly doc?: string;
  readonly slots?: readonly string[];
  readonly body: () => ClassEntry[];
}

const SPECS: readonly AbcSpec[] = [
  { name: 'Hashable', bases: [], body: () => [abstractReturning('__hash__', ['self'], zero), hook('Hashable', ['__hash__'])] },
  { name: 'Awaitable', bases: [], body: () => [abstractEmptyGenerator('Awaitable', '__await__'), hook('Awaitable', ['__await__'])] },
  {
    name: 'Coroutine', bases: ['Awaitable'],
    body: () => [
      abstractRaising('send', ['self', 'value'], E.StopIteration, 0, SEND_DOC('coroutine')),
      abstractThrow(THROW_DOC('coroutine')),
      closeMixin('coroutine', 'Raise GeneratorExit inside coroutine.\n        '),
      hook('Coroutine', ['__await__', 'send', 'throw', 'close']),
    ],
  },
  {
    name: 'AsyncIterable', bases: [],
    body: () => [
      fn(pyDef('__aiter__', ['self'], () => callObject(abcClass('AsyncIterator'), []), { abstract: true })),
      hook('AsyncIterable', ['__aiter__']),
    ],
  },
  {
    name: 'AsyncIterator', bases: ['AsyncIterable'],
    body: () => [
      asyncIteratorAnext(),
      fn(pyDef('__aiter__', ['self'], (a) => incref(arg(a, 0)))),
      hook('AsyncIterator', ['__anext__', '__aiter__']),
    ],
  },
  {
    name: 'AsyncGenerator', bases: ['AsyncIterator'],
    body: () => [
      ...asyncGeneratorMethods(),
      hook('AsyncGenerator', ['__aiter__', '__anext__', 'asend', 'athrow', 'aclose']),
    ],
  },
  { name: 'Iterable', bases: [], body: () => [abstractEmptyGenerator('Iterable', '__iter__'), hook('Iterable', ['__iter__'])] },
  {
    name: 'Iterator', bases: ['Iterable'],
    body: () => [
      abstractRaising('__next__', ['self'], E.StopIteration, 0, 'Return the next item from the iterator. When exhausted, raise StopIteration'),
      fn(pyDef('__iter__', ['self'], (a) => incref(arg(a, 0)))),
      hook('Iterator', ['__iter__', '__next__']),
    ],
  },
  { name: 'Reversible', bases: ['Iterable'], body: () => [abstractEmptyGenerator('Reversible', '__reversed__'), hook('Reversible', ['__reversed__', '__iter__'])] },
  {
    name: 'Generator', bases: ['Iterator'],
    body: () => [
      fn(pyDef('__next__', ['self'], (a) => callMethod(arg(a, 0), 'send', [None]), { doc: 'Return the next item from the generator.\n        When exhausted, raise StopIteration.\n        ' })),
      abstractRaising('send', ['self', 'value'], E.StopIteration, 0, SEND_DOC('generator')),
      abstractThrow(THROW_DOC('generator')),
      closeMixin('generator', 'Raise GeneratorExit inside generator.\n        '),
      hook('Generator', ['__iter__', '__next__', 'send', 'throw', 'close']),
    ],
  },
  { name: 'Sized', bases: [], body: () => [abstractReturning('__len__', ['self'], zero), hook('Sized', ['__len__'])] },
  { name: 'Container', bases: [], body: () => [abstractReturning('__contains__', ['self', 'x'], () => newBool(false)), hook('Container', ['__contains__'])] },
  { name: 'Collection', bases: ['Sized', 'Iterable', 'Container'], body: () => [hook('Collection', ['__len__', '__iter__', '__contains__'])] },
  {
    name: 'Callable', bases: [],
    body: () => [
      fn({ name: '__call__', abstract: true, impl: (args) => { if (args.length === 0) throw missingSelf('__call__'); return newBool(false); } }),
      hook('Callable', ['__call__']),
    ],
  },
  { name: 'Set', bases: ['Collection'], doc: SET_DOC, body: setBody },
  { name: 'MutableSet', bases: ['Set'], doc: MUTABLE_SET_DOC, body: mutableSetBody },
  { name: 'Mapping', bases: ['Collection'], body: mappingBody },
  { name: 'MappingView', bases: ['Sized'], slots: ['_mapping'], body: mappingViewBody },
  { name: 'KeysView', bases: ['MappingView', 'Set'], body: keysViewBody },
  { name: 'ItemsView', bases: ['MappingView', 'Set'], body: itemsViewBody },
  { name: 'ValuesView', bases: ['MappingView', 'Collection'], body: valuesViewBody },
  { name: 'MutableMapping', bases: ['Mapping'], body: () => mutableMappingBody(markerFor()) },
  { name: 'Sequence', bases: ['Reversible', 'Collection'], doc: SEQUENCE_DOC, body: sequenceBody },
  { name: 'ByteString', bases: ['Sequence'], doc: 'This unifies bytes and bytearray.\n\n    XXX Should add all their methods.\n    ', body: () => [] },
  { name: 'MutableSequence', bases: ['Sequence'], body: mutableSequenceBody },
];

function zero(): PyObject {
  return newInt(0);
}

function missingSelf(name: string): PyRaise {
  return typeError(`${name}() missing 1 required positional argument: 'self'`);
}

let marker: PyObject | null = null;
/** `MutableMapping.__marker = object()`: made for the run while the class body runs. */
function markerFor(): PyObject {
  marker = callObject(objectType, []);
  return marker;
}

/** The type of `iter(o)` for a freshly made `o` (stolen). */
function iterTypeOf(o: PyObject): PyType {
  try {
    const it = getIter(o);
    decref(it);
    return it.type;
  } finally {
    decref(o);
  }
}

/** The registrations of Lib/_collections_abc.py, in its order, and collections' deque. */
function registerBuiltins(): void {
  const reg = (abc: string, t: PyType): void => {
    registerClass(abcClass(abc), t);
  };
  const d = newDict();
  const viewIter = (m: string): PyType => iterTypeOf(callMethod(d, m));
  const dictKeyIter = viewIter('keys');
  const dictValueIter = viewIter('values');
  const dictItemIter = viewIter('items');
  decref(d);
  const bytesIter = iterTypeOf(callObject(bytesType, []));
  const bytearrayIter = iterTypeOf(callObject(bytearrayType, []));
  const listIter = iterTypeOf(newListStealing([]));
  const emptyList = newListStealing([]);
  const reversedList = callMethod(emptyList, '__reversed__');
  const listRevIter = reversedList.type;
  decref(reversedList);
  decref(emptyList);
  const strIter = iterTypeOf(newStr(''));
  const tupleIter = iterTypeOf(callObject(tupleType, []));
  const proxy = getAttrString(typeType, '__dict__');
  const mappingproxy = proxy.type;
  decref(proxy);
  reg('Coroutine', coroutineType);
  reg('AsyncGenerator', asyncGeneratorType);
  for (const t of [
    bytesIter, bytearrayIter, dictKeyIter, dictValueIter, dictItemIter, listIter, listRevIter,
    rangeIteratorType, longRangeIteratorType, setIteratorType, strIter, tupleIter, zipType,
  ]) reg('Iterator', t);
  reg('Generator', generatorType);
  reg('Set', frozensetType);
  reg('MutableSet', setType);
  reg('Mapping', mappingproxy);
  reg('KeysView', dictKeysType);
  reg('ItemsView', dictItemsType);
  reg('ValuesView', dictValuesType);
  reg('MutableMapping', dictType);
  for (const t of [tupleType, strType, rangeType, memoryviewType]) reg('Sequence', t);
  reg('ByteString', bytesType);
  reg('ByteString', bytearrayType);
  reg('MutableSequence', listType);
  reg('MutableSequence', bytearrayType);
  // Lib/collections/__init__.py
  reg('MutableSequence', dequeType);
  // DEVIATION(cpython): Lib/weakref.py's weak dictionaries subclass MutableMapping; the native
  // ones are registered instead, so isinstance/issubclass answer as CPython's do.
  reg('MutableMapping', weakKeyDictType);
  reg('MutableMapping', weakValueDictType);
}

/** `__all__`, in Lib/_collections_abc.py's order. */
const ALL = [
  'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator',
  'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
  'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString',
];

defineNativeModule({
  name: 'collections.abc',
  // Lib/collections/abc.py has no docstring (only Lib/_collections_abc.py has one).
  init: (module) => {
    // `from abc import ABCMeta, abstractmethod`: the abc module is imported (and its counter started).
    decref(importModuleNamed('abc', module.namespace));
    const made: PyType[] = [];
    try {
      for (const spec of SPECS) {
        const cls = makeClass({
          name: spec.name, module: 'collections.abc', meta: abcMetaType,
          bases: spec.bases.map((b) => abcClass(b)),
          slots: spec.slots ?? [], body: spec.body(),
          ...(spec.doc === undefined ? {} : { doc: spec.doc }),
        });
        if (marker !== null) {
          decref(marker);
          marker = null;
        }
        made.push(cls);
        setAbcClass(spec.name, cls);
        setAttrString(module, spec.name, cls);
      }
      registerBuiltins();
      const all = newListOfStrs(ALL);
      setAttrString(module, '__all__', all);
      decref(all);
    } finally {
      for (const c of made) decref(c);
    }
  },
});
function newListOfStrs(names: readonly string[]): PyObject {
  return newListStealing(names.map((n) => newStr(n)));
}
