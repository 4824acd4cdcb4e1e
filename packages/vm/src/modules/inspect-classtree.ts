/**
 * `inspect.getclasstree` and `inspect.walktree`: classes arranged by inheritance as nested lists
 * of `(class, bases)` tuples. Mirrors CPython 3.8 Lib/inspect.py: every test is Python's (`in` on
 * the caller's objects, a dict keyed by class), and each level is sorted by `__module__` and
 * `__name__` through the list's own `sort`.
 * @module
 */
import { dictGet, dictItems, dictSet, newDict } from '../objects/dict.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { listGrowByOne } from '../objects/list-capacity.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { contains, getItem } from '../runtime/abstract-item.ts';
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { bindArgs } from './abc-function.ts';
import { attrgetterType } from './operator-getters.ts';

/** Calls `f` with each item `iterable` gives (borrowed for the call); `f` returning true stops. */
function forEach(iterable: PyObject, f: (item: PyObject) => boolean): void {
  const it = getIter(iterable);
  try {
    for (let item = iterNext(it); item !== null; item = iterNext(it)) {
      try {
        if (f(item)) return;
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

/** `list.append(o)` (`o` borrowed). */
function append(list: PyList, o: PyObject): void {
  listGrowByOne(list);
  list.items.push(incref(o));
}

/** `classes.sort(key=attrgetter('__module__', '__name__'))`. */
function sortByModuleAndName(classes: PyObject): void {
  const names = [newStr('__module__'), newStr('__name__')];
  let key: PyObject;
  try {
    key = callObject(attrgetterType, names);
  } finally {
    for (const n of names) decref(n);
  }
  try {
    decref(callMethod(classes, 'sort', [key], ['key']));
  } finally {
    decref(key);
  }
}

/**
 * `walktree(classes, children, parent)`: `classes` sorted in place, each as `(c, c.__bases__)`
 * and, when `children` has it, followed by the list of its own children's tree (new reference).
 */
function walktree(classes: PyObject, children: PyObject): PyObject {
  const out = newListStealing([]);
  try {
    sortByModuleAndName(classes);
    forEach(classes, (c) => {
      const bases = getAttrString(c, '__bases__');
      const entry = newTupleStealing([incref(c), bases]);
      append(out, entry);
      decref(entry);
      if (contains(children, c)) {
        const below = getItem(children, c);
        try {
          const tree = walktree(below, children);
          append(out, tree);
          decref(tree);
        } finally {
          decref(below);
        }
      }
      return false;
    });
  } catch (e) {
    decref(out);
    throw e;
  }
  return out;
}

/**
 * `getclasstree(classes, unique=False)`: the tree of `classes` under their bases; with `unique`, a
 * class appears once, under its first base that is among `classes` (new reference).
 */
function getclasstree(classes: PyObject, unique: boolean): PyObject {
  const children = newDict();
  const roots = newListStealing([]);
  try {
    forEach(classes, (c) => {
      const bases = getAttrString(c, '__bases__');
      try {
        if (isTrue(bases)) {
          forEach(bases, (parent) => {
            let siblings = dictGet(children, parent);
            if (siblings === null) {
              const list = newListStealing([]);
              dictSet(children, parent, list);
              decref(list);
              siblings = list;
            }
            if (!contains(siblings, c)) append(siblings as PyList, c);
            return unique && contains(classes, parent);
          });
        } else if (!contains(roots, c)) {
          append(roots, c);
        }
      } finally {
        decref(bases);
      }
      return false;
    });
    for (const [parent] of dictItems(children)) {
      if (!contains(classes, parent)) append(roots, parent);
    }
    return walktree(roots, children);
  } finally {
    decref(roots);
    decref(children);
  }
}

/** The functions of this part of `inspect`. */
export const INSPECT_CLASSTREE: readonly NativeDef[] = [
  {
    name: 'getclasstree', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [classes, unique] = bindArgs('getclasstree', args, kwnames, ['classes', 'unique'], 1);
      return getclasstree(classes as PyObject, unique !== undefined && isTrue(unique));
    },
  },
  {
    name: 'walktree', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      // `parent` is taken and, as in 3.8, never used.
      const [classes, children] = bindArgs('walktree', args, kwnames, ['classes', 'children', 'parent']);
      return walktree(classes as PyObject, children ?? None);
    },
  },
];
