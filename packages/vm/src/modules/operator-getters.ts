/**
 * `operator.itemgetter`, `operator.attrgetter` (dotted names) and `operator.methodcaller`:
 * callable objects with CPython's reprs, argument checks and reductions. Mirrors CPython 3.8
 * Modules/_operator.c (itemgetter_*, attrgetter_*, methodcaller_*).
 * @module
 */
import { PyStr, internStr, newStr } from '../objects/str.ts';
import { newTuple, newTupleStealing } from '../objects/tuple.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { partialType } from './functools-partial.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttr } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { HolderObject, allocate, holderType, noKeywords, splitKw, unpackArgs } from './functools-args.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';
import { strRepr } from '../repr/str-repr.ts';

/** An itemgetter / attrgetter / methodcaller: the items, dotted attribute paths or call arguments. */
class GetterObject extends HolderObject {
  /** itemgetter: the keys; methodcaller: the positional arguments then the keyword values. */
  items: PyObject[] = [];
  /** attrgetter: each attribute name split at dots (interned strs, owned). */
  paths: PyStr[][] = [];
  /** methodcaller: the method name (owned) and keyword names. */
  name: PyObject | null = null;
  kwnames: string[] = [];

  override refs(): (PyObject | null)[] {
    return [this.name, ...this.items, ...this.paths.flat()];
  }

  override drop(): void {
    this.items = [];
    this.paths = [];
    this.name = null;
  }
}

/** `operator.itemgetter`. */
export const itemgetterType = holderType({ name: 'itemgetter', module: 'operator', basicsize: 40 });
/** `operator.attrgetter`. */
export const attrgetterType = holderType({ name: 'attrgetter', module: 'operator', basicsize: 32 });
/** `operator.methodcaller`. */
export const methodcallerType = holderType({ name: 'methodcaller', module: 'operator', basicsize: 40 });
markDottedTypeName(itemgetterType, attrgetterType, methodcallerType);

itemgetterType.new = (type, args, kwnames) => {
  noKeywords('itemgetter', kwnames);
  if (args.length <= 1) unpackArgs('itemgetter', args, 1, 1);
  const o = allocate(type, (a) => new GetterObject(type, a));
  o.items = args.map((x) => incref(x));
  return o;
};
itemgetterType.call = (self, args, kwnames) => {
  noKeywords('itemgetter', kwnames);
  unpackArgs('itemgetter', args, 1, 1);
  const g = self as GetterObject;
  const obj = args[0] as PyObject;
  if (g.items.length === 1) return getItem(obj, g.items[0] as PyObject);
  const out: PyObject[] = [];
  try {
    for (const k of g.items) out.push(getItem(obj, k));
  } catch (e) {
    for (const o of out) decref(o);
    throw e;
  }
  return newTupleStealing(out);
};
itemgetterType.repr = (self) => {
  const g = self as GetterObject;
  return newStr(`operator.itemgetter(${g.items.map(reprText).join(', ')})`);
};

attrgetterType.new = (type, args, kwnames) => {
  noKeywords('attrgetter', kwnames);
  if (args.length <= 1) unpackArgs('attrgetter', args, 1, 1);
  const paths: PyStr[][] = [];
  for (const a of args) {
    if (!(a instanceof PyStr)) {
      for (const p of paths) for (const s of p) decref(s);
      throw typeError('attribute name must be a string');
    }
    paths.push(a.value.split('.').map((part) => internStr(part)));
  }
  const o = allocate(type, (addr) => new GetterObject(type, addr));
  o.paths = paths;
  return o;
};

function dottedGet(obj: PyObject, path: readonly PyStr[]): PyObject {
  let cur = incref(obj);
  for (const name of path) {
    try {
      const next = getAttr(cur, name);
      decref(cur);
      cur = next;
    } catch (e) {
      decref(cur);
      throw e;
    }
  }
  return cur;
}

attrgetterType.call = (self, args, kwnames) => {
  noKeywords('attrgetter', kwnames);
  unpackArgs('attrgetter', args, 1, 1);
  const g = self as GetterObject;
  const obj = args[0] as PyObject;
  if (g.paths.length === 1) return dottedGet(obj, g.paths[0] ?? []);
  const out: PyObject[] = [];
  try {
    for (const p of g.paths) out.push(dottedGet(obj, p));
  } catch (e) {
    for (const o of out) decref(o);
    throw e;
  }
  return newTupleStealing(out);
};
attrgetterType.repr = (self) => {
  const g = self as GetterObject;
  return newStr(`operator.attrgetter(${g.paths.map((p) => strRepr(p.map((s) => s.value).join('.'))).join(', ')})`);
};

methodcallerType.new = (type, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length < 1) throw typeError('methodcaller needs at least one argument, the method name');
  const name = pos[0] as PyObject;
  if (!(name instanceof PyStr)) throw typeError('method name must be a string');
  const o = allocate(type, (addr) => new GetterObject(type, addr));
  o.name = internStr(name.value);
  o.items = [...pos.slice(1), ...kw.values()].map((x) => incref(x));
  o.kwnames = [...kw.keys()];
  return o;
};
methodcallerType.call = (self, args, kwnames) => {
  noKeywords('methodcaller', kwnames);
  unpackArgs('methodcaller', args, 1, 1);
  const g = self as GetterObject;
  const meth = getAttr(args[0] as PyObject, g.name as PyStr);
  try {
    return callObject(meth, g.items, g.kwnames.length > 0 ? g.kwnames : null);
  } finally {
    decref(meth);
  }
};
methodcallerType.repr = (self) => {
  const g = self as GetterObject;
  const npos = g.items.length - g.kwnames.length;
  const parts = [reprText(g.name as PyObject)];
  g.items.forEach((v, i) => parts.push(i < npos ? reprText(v) : `${g.kwnames[i - npos] ?? ''}=${reprText(v)}`));
  return newStr(`operator.methodcaller(${parts.join(', ')})`);
};

// `itemgetter_reduce`, `attrgetter_reduce`, `methodcaller_reduce`: what rebuilds each.
addMethods(itemgetterType, [reduceDef((self) => {
  const g = self as GetterObject;
  return newTupleStealing([incref(self.type), newTuple(g.items)]);
})]);
addMethods(attrgetterType, [reduceDef((self) => {
  const g = self as GetterObject;
  // Each dotted name is joined back from its parts.
  const names = g.paths.map((p) => (p.length === 1 ? incref(p[0] as PyStr) : newStr(p.map((s) => s.value).join('.'))));
  return newTupleStealing([incref(self.type), newTupleStealing(names)]);
})]);
addMethods(methodcallerType, [reduceDef((self) => {
  const g = self as GetterObject;
  const npos = g.items.length - g.kwnames.length;
  const args = g.items.slice(0, npos);
  if (g.kwnames.length === 0) return newTupleStealing([incref(self.type), newTuple([g.name as PyObject, ...args])]);
  // Keywords go into a `functools.partial(type(self), name, **kwargs)` called with the arguments.
  const constructor = callObject(partialType, [self.type, g.name as PyObject, ...g.items.slice(npos)], g.kwnames);
  return newTupleStealing([constructor, newTuple(args)]);
})]);

function reduceDef(impl: (self: PyObject) => PyObject): NativeDef {
  return { name: '__reduce__', kind: 'noargs', doc: 'Return state information for pickling', impl };
}
