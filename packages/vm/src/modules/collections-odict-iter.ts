/**
 * OrderedDict's iterator (`odict_iterator`, forward and reversed, over keys, values or items) and
 * its views `odict_keys`, `odict_values` and `odict_items` (subclasses of the dict views with
 * their own iterators and `__reversed__`). Mirrors CPython 3.8 Objects/odictobject.c
 * (odictiter_*, odictkeys_*, odictvalues_*, odictitems_*).
 * @module
 */
import { PyDict, dictGet } from '../objects/dict.ts';
import { PyDictView, dictItemsType, dictKeysType, dictValuesType, type DictViewKind } from '../objects/dict-views.ts';
import { copyIterReduce, type IterState } from '../objects/iter-copy-reduce.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { staticType } from '../runtime/core-types.ts';
import { keyError, runtimeError } from '../runtime/errors.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, freeObject, incref, xdecref, type PyType } from '../runtime/object.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { PyODict, odictFindNode } from './collections-odict-object.ts';

/** `odict_iterator`: one type for every kind and direction, as in CPython. */
export const odictIterType: PyType = staticType({ name: 'odict_iterator', basicsize: 64, flags: TPFLAGS_HAVE_GC });
/** `odict_keys`, a `dict_keys` whose iteration follows the OrderedDict. */
export const odictKeysType: PyType = staticType({ name: 'odict_keys', base: dictKeysType, basicsize: 24, flags: TPFLAGS_HAVE_GC });
/** `odict_values`. */
export const odictValuesType: PyType = staticType({ name: 'odict_values', base: dictValuesType, basicsize: 24, flags: TPFLAGS_HAVE_GC });
/** `odict_items`. */
export const odictItemsType: PyType = staticType({ name: 'odict_items', base: dictItemsType, basicsize: 24, flags: TPFLAGS_HAVE_GC });

/**
 * An OrderedDict iterator (`odictiterobject`). It holds the key it will yield next rather than a
 * position, so it finds that key again on every step; `odict` is null once it is done.
 */
export class PyODictIter extends PyObject {
  odict: PyDict | null;
  readonly kind: DictViewKind;
  readonly reversed: boolean;
  /** `di_size`: the length when made; -1 once a size change was reported (it stays reported). */
  size: number;
  /** `di_state`: the OrderedDict's `od_state` when made. */
  readonly state: number;
  /** `di_current`: the next key (owned), or null at the end. */
  current: PyObject | null;

  constructor(od: PyDict, kind: DictViewKind, reversed: boolean) {
    super(odictIterType, allocateAddress(odictIterType));
    this.kind = kind;
    this.reversed = reversed;
    // A dict that is not an OrderedDict has no list (`odict_iterator` is only made for one).
    const first = od instanceof PyODict ? (reversed ? od.last : od.first) : null;
    this.current = first === null ? null : incref(first.key);
    this.size = od.size;
    this.state = stateOf(od);
    this.odict = incref(od);
  }
}

function stateOf(d: PyDict): number {
  return d instanceof PyODict ? d.state : 0;
}

/** `odictiter_new`: a new reference. */
export function newODictIter(od: PyDict, kind: DictViewKind, reversed = false): PyODictIter {
  return new PyODictIter(od, kind, reversed);
}

function finish(di: PyODictIter): void {
  const od = di.odict;
  di.odict = null;
  xdecref(od);
}

/** `odictiter_nextkey`: the next key (a new reference), or null at the end. */
function nextKey(di: PyODictIter): PyObject | null {
  const od = di.odict;
  if (od === null) return null;
  if (di.current === null) {
    finish(di);
    return null;
  }
  // Changes the iterator cannot follow: the order (checked first), then the length.
  if (stateOf(od) !== di.state) {
    finish(di);
    throw runtimeError('OrderedDict mutated during iteration');
  }
  if (di.size !== od.size) {
    di.size = -1;
    throw runtimeError('OrderedDict changed size during iteration');
  }
  // The current key's node is found again through the dict (`_odict_find_node`).
  const key = di.current;
  const node = od instanceof PyODict ? odictFindNode(od, key) : null;
  if (node === null) {
    const err = keyError(key);
    di.current = null;
    decref(key);
    throw err;
  }
  const next = di.reversed ? node.prev : node.next;
  di.current = next === null ? null : incref(next.key);
  return key;
}

odictIterType.iter = (self) => incref(self);
odictIterType.iternext = (self) => {
  const di = self as PyODictIter;
  const key = nextKey(di);
  if (key === null || di.kind === 'keys') return key;
  const od = di.odict as PyDict;
  const value = dictGet(od, key);
  if (value === null) {
    const err = keyError(key);
    decref(key);
    const current = di.current;
    di.current = null;
    xdecref(current);
    finish(di);
    throw err;
  }
  if (di.kind === 'values') {
    decref(key);
    return incref(value);
  }
  return newTupleStealing([key, incref(value)]);
};
odictIterType.dealloc = (self) => {
  const di = self as PyODictIter;
  finish(di);
  const current = di.current;
  di.current = null;
  xdecref(current);
  freeObject(self);
};
odictIterType.traverse = (self, visit) => {
  const di = self as PyODictIter;
  if (di.odict !== null) visit(di.odict);
  if (di.current !== null) visit(di.current);
};

/**
 * An iterator's position for `odictiter_reduce`'s copy: the copy holds its own references to the
 * OrderedDict and to the next key, and whatever it still holds when done is released.
 */
const ODICT_ITER_STATE: IterState<PyODictIter> = {
  held: (di) => di.odict,
  setHeld: (di, held) => {
    di.odict = held as PyDict | null;
  },
  save: (di) => {
    const { current, size } = di;
    if (current !== null) incref(current);
    return () => {
      const left = di.current;
      di.current = current;
      di.size = size;
      if (left !== null) decref(left);
    };
  },
};
addMethods(odictIterType, [{ name: '__reduce__', kind: 'noargs', impl: (self) => copyIterReduce(self as PyODictIter, ODICT_ITER_STATE) }]);

/** `odictkeys_new` / `odictvalues_new` / `odictitems_new`: a new reference. */
export function newODictView(od: PyDict, kind: DictViewKind): PyDictView {
  const type = kind === 'keys' ? odictKeysType : kind === 'values' ? odictValuesType : odictItemsType;
  return new PyDictView(type, incref(od), kind);
}

for (const [type, kind] of [[odictKeysType, 'keys'], [odictValuesType, 'values'], [odictItemsType, 'items']] as const) {
  type.iter = (self) => newODictIter((self as PyDictView).mapping, kind);
  addMethods(type, [{ name: '__reversed__', kind: 'noargs', impl: (self) => newODictIter((self as PyDictView).mapping, kind, true) }]);
}
