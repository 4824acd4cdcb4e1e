/**
 * `OrderedDict.update` (and so `OrderedDict.__init__`): CPython 3.8's C port of
 * `MutableMapping.update`, which stores every item through `PyObject_SetItem`, so a subclass's
 * `__setitem__` sees each one. Mirrors Objects/odictobject.c `mutablemapping_update` and
 * `mutablemapping_add_pairs`.
 * @module
 */
import { PyDict, dictItems, dictType } from '../objects/dict.ts';
import { newListStealing } from '../objects/list.ts';
import { newStr } from '../objects/str.ts';
import { newTuple } from '../objects/tuple.ts';
import { getItem, setItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { getAttrStringOrNull } from '../runtime/attributes.ts';
import { callNoArgs } from '../runtime/call.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { decref, xdecref, type PyObject } from '../runtime/object.ts';
import { positional } from '../objects/list-methods.ts';

/** `PyDict_Items`: a new list of `(key, value)` tuples. */
function itemsList(d: PyDict): PyObject {
  return newListStealing(dictItems(d).map(([k, v]) => newTuple([k, v])));
}

/** `mutablemapping_add_pairs`: `self[k] = v` for each two-item iterable of `pairs`. */
function addPairs(self: PyObject, pairs: PyObject): void {
  const it = getIter(pairs);
  try {
    for (;;) {
      const pair = iterNext(it);
      if (pair === null) return;
      let pairIt: PyObject | null = null;
      let key: PyObject | null = null;
      let value: PyObject | null = null;
      try {
        pairIt = getIter(pair);
        key = iterNext(pairIt);
        if (key === null) throw valueError('need more than 0 values to unpack');
        value = iterNext(pairIt);
        if (value === null) throw valueError('need more than 1 value to unpack');
        const unexpected = iterNext(pairIt);
        if (unexpected !== null) {
          decref(unexpected);
          throw valueError('too many values to unpack (expected 2)');
        }
        setItem(self, key, value);
      } finally {
        decref(pair);
        xdecref(pairIt);
        xdecref(key);
        xdecref(value);
      }
    }
  } finally {
    decref(it);
  }
}

/** `other.keys()` walked, storing `self[key] = other[key]`. */
function updateFromKeys(self: PyObject, other: PyObject, keysFunc: PyObject): void {
  const keys = callNoArgs(keysFunc);
  let it: PyObject;
  try {
    it = getIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const key = iterNext(it);
      if (key === null) return;
      try {
        const value = getItem(other, key);
        try {
          setItem(self, key, value);
        } finally {
          decref(value);
        }
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/**
 * `mutablemapping_update(self, *args, **kwargs)`: an exact dict's items, else a mapping through
 * `keys()`, else `items()`, else an iterable of pairs; then the keyword arguments.
 */
export function mutableMappingUpdate(self: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null): void {
  const pos = positional(args, kwnames);
  if (pos.length > 1) throw typeError(`update() takes at most 1 positional argument (${pos.length} given)`);
  const other = pos[0];
  if (other !== undefined) {
    if (other instanceof PyDict && other.type === dictType) {
      const items = itemsList(other);
      try {
        addPairs(self, items);
      } finally {
        decref(items);
      }
    } else {
      const keysFunc = getAttrStringOrNull(other, 'keys');
      if (keysFunc !== null) {
        try {
          updateFromKeys(self, other, keysFunc);
        } finally {
          decref(keysFunc);
        }
      } else {
        const itemsFunc = getAttrStringOrNull(other, 'items');
        if (itemsFunc !== null) {
          let items: PyObject;
          try {
            items = callNoArgs(itemsFunc);
          } finally {
            decref(itemsFunc);
          }
          try {
            addPairs(self, items);
          } finally {
            decref(items);
          }
        } else addPairs(self, other);
      }
    }
  }
  if (kwnames === null || kwnames.length === 0) return;
  // The keyword arguments arrive as a dict: `PyDict_Items(kwargs)`.
  const pairs = kwnames.map((name, i) => {
    const key = newStr(name);
    const pair = newTuple([key, args[pos.length + i] as PyObject]);
    decref(key);
    return pair;
  });
  const items = newListStealing(pairs);
  try {
    addPairs(self, items);
  } finally {
    decref(items);
  }
}
