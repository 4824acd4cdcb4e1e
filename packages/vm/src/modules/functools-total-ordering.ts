/**
 * `functools.total_ordering` and the twelve functions it installs (`_gt_from_lt`, `_le_from_lt`,
 * ...), kept in the module's `_convert` table as Lib/functools.py keeps them: Python-level
 * functions shared by every decorated class, each renamed to the method it fills in.
 * Mirrors CPython 3.8 Lib/functools.py `total_ordering`.
 * @module
 */
import { PyDict, dictGetStr, dictSetStr, newDict } from '../objects/dict.ts';
import { False, True, newBool } from '../objects/int.ts';
import { PyList, newListStealing } from '../objects/list.ts';
import { PyModule } from '../objects/module.ts';
import { NotImplemented } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import { EQ, NE, isTrue, richCompare } from '../runtime/abstract-compare.ts';
import { getAttrString, getAttrStringOrNull, setAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { objectType } from '../runtime/core-types.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { PyClassFunction, bindArgs } from './abc-function.ts';

/** How a derived comparison combines `self.<root>(other)` with `==` / `!=`. */
type Derive = 'notAndNe' | 'orEq' | 'not' | 'notOrEq' | 'andNe';

/** `_convert`: for each root, the methods it derives, their functions' names and how. */
const CONVERT: readonly (readonly [string, readonly (readonly [string, string, Derive])[]])[] = [
  ['__lt__', [['__gt__', '_gt_from_lt', 'notAndNe'], ['__le__', '_le_from_lt', 'orEq'], ['__ge__', '_ge_from_lt', 'not']]],
  ['__le__', [['__ge__', '_ge_from_le', 'notOrEq'], ['__lt__', '_lt_from_le', 'andNe'], ['__gt__', '_gt_from_le', 'not']]],
  ['__gt__', [['__lt__', '_lt_from_gt', 'notAndNe'], ['__ge__', '_ge_from_gt', 'orEq'], ['__le__', '_le_from_gt', 'not']]],
  ['__ge__', [['__le__', '_le_from_ge', 'notOrEq'], ['__gt__', '_gt_from_ge', 'andNe'], ['__lt__', '_lt_from_ge', 'not']]],
];

/** `def <name>(self, other, NotImplemented=NotImplemented)`: `self.<root>(other)` combined. */
function derived(name: string, root: string, how: Derive): PyObject {
  return new PyClassFunction({
    name,
    impl: (args, kwnames) => {
      const [self, other, sentinel] = bindArgs(name, args, kwnames, ['self', 'other', 'NotImplemented'], 1) as [PyObject, PyObject, PyObject | undefined];
      const notImplemented = sentinel ?? NotImplemented;
      const meth = getAttrString(self, root);
      let r: PyObject;
      try {
        r = callObject(meth, [other]);
      } finally {
        decref(meth);
      }
      if (how !== 'orEq' && r === notImplemented) return r;
      const t = isTrue(r);
      switch (how) {
        case 'notAndNe':
          decref(r);
          return t ? incref(False) : richCompare(self, other, NE);
        case 'orEq':
          if (t) return r;
          decref(r);
          return richCompare(self, other, EQ);
        case 'not':
          decref(r);
          return newBool(!t);
        case 'notOrEq':
          decref(r);
          return t ? richCompare(self, other, EQ) : incref(True);
        case 'andNe':
          if (!t) return r;
          decref(r);
          return richCompare(self, other, NE);
      }
    },
  }, 'functools', name);
}

/**
 * The module values: the twelve functions under their names and the `_convert` dict of
 * `root: [(opname, function), ...]` lists that refers to them (new references).
 */
export function totalOrderingValues(): (readonly [string, PyObject])[] {
  const values: (readonly [string, PyObject])[] = [];
  const convert = newDict();
  for (const [root, entries] of CONVERT) {
    const pairs = entries.map(([opname, fname, how]) => {
      const f = derived(fname, root, how);
      values.push([fname, incref(f)]);
      return newTupleStealing([newStr(opname), f]);
    });
    const list = newListStealing(pairs);
    dictSetStr(convert, root, list);
    decref(list);
  }
  values.push(['_convert', convert]);
  return values;
}

/**
 * `total_ordering(cls)`: the roots are the comparisons `cls` defines itself (not object's); the
 * greatest one's derived functions fill in the others, each renamed to the method it becomes.
 */
export function totalOrdering(module: PyObject, cls: PyObject): PyObject {
  const convert = module instanceof PyModule ? dictGetStr(module.namespace, '_convert') : null;
  if (!(convert instanceof PyDict)) throw typeError('_convert is missing');
  const roots: string[] = [];
  for (const key of convert.storage.keys) {
    if (!(key instanceof PyStr)) continue;
    const mine = getAttrStringOrNull(cls, key.value);
    const base = getAttrStringOrNull(objectType, key.value);
    if (mine !== base) roots.push(key.value);
    if (mine !== null) decref(mine);
    if (base !== null) decref(base);
  }
  if (roots.length === 0) throw valueError('must define at least one ordering operation: < > <= >=');
  const root = roots.reduce((a, b) => (a > b ? a : b));
  const entries = dictGetStr(convert, root);
  if (!(entries instanceof PyList)) throw typeError('_convert is malformed');
  for (const entry of [...entries.items]) {
    const [opname, opfunc] = entry instanceof PyTuple ? entry.items : [];
    if (!(opname instanceof PyStr) || opfunc === undefined || roots.includes(opname.value)) continue;
    setAttrString(opfunc, '__name__', opname);
    setAttrString(cls, opname.value, opfunc);
  }
  return incref(cls);
}
