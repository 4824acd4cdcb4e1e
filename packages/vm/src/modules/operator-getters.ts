/**
 * `operator.itemgetter`, `operator.attrgetter` (dotted names) and `operator.methodcaller`:
 * callable objects with CPython's reprs and argument checks. Mirrors CPython 3.8
 * Modules/_operator.c (itemgetter_*, attrgetter_*, methodcaller_*).
 * @module
 */
import { PyStr, internStr, newStr } from '../objects/str.ts';
import { newTuple, newTupleStealing } from '../objects/tuple.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { getAttr } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { HolderObject, allocate, holderType, noKeywords, splitKw, unpackArgs } from './functools-args.ts';
import { markDottedTypeName } from '../runtime/type-name.ts';
import { addMethods } from '../runtime/type-defs.ts';
import { partialType } from './functools-partial.ts';

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
  return newStr(`operator.attrgetter(${g.paths.map((p) => reprOfText(p.map((s) => s.value).join('.'))).join(', ')})`);
};

function reprOfText(text: string): string {
  const o = newStr(text);
  try {
    return reprText(o);
  } finally {
    decref(o);
  }
}

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

// `itemgetter_reduce`, `attrgetter_reduce` (each path joined at dots again) and
// `methodcaller_reduce`: keywords go into `functools.partial(type, name, **kwargs)`, called
// with the positional arguments.
addMethods(itemgetterType, [{
  name: '__reduce__', kind: 'noargs',
  impl: (self) => newTupleStealing([incref(self.type), newTuple((self as GetterObject).items)]),
}]);
addMethods(attrgetterType, [{
  name: '__reduce__', kind: 'noargs',
  impl: (self) => {
    const names = (self as GetterObject).paths.map((p) => newStr(p.map((s) => s.value).join('.')));
    return newTupleStealing([incref(self.type), newTupleStealing(names)]);
  },
}]);
addMethods(methodcallerType, [{
  name: '__reduce__', kind: 'noargs',
  impl: (self) => {
    const g = self as GetterObject;
    const npos = g.items.length - g.kwnames.length;
    const positional = g.items.slice(0, npos);
    if (g.kwnames.length === 0) return newTupleStealing([incref(self.type), newTuple([g.name as PyObject, ...positional])]);
    const constructor = callObject(partialType, [self.type, g.name as PyObject, ...g.items.slice(npos)], g.kwnames);
    return newTupleStealing([constructor, newTuple(positional)]);
  },
}]);
