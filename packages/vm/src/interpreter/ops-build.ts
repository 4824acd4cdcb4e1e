/**
 * Opcodes that build objects: tuples, lists, sets, dicts, strings, slices, the unpacking forms,
 * f-string values, functions; and sequence unpacking. Mirrors CPython 3.8 Python/ceval.c.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { tpName } from '../runtime/type-name.ts';
import type { PyCode } from '../objects/code.ts';
import { PyDict, dictGetStr, dictSet, newDict } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import type { PyFrame } from '../objects/frame.ts';
import { PyFunction } from '../objects/function.ts';
import { PyList, listType, newListStealing } from '../objects/list.ts';
import { listGrowByOne } from '../objects/list-capacity.ts';
import { listExtend } from '../objects/list-slots.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple, newTuple, newTupleStealing, tupleType } from '../objects/tuple.ts';
import { newSet, setAdd, setUpdateInternal } from '../objects/set.ts';
import { newSlice } from '../objects/slice.ts';
import { formatValue } from '../runtime/format-value.ts';
import { unpackIterable } from '../runtime/abstract-iter.ts';
import { getItem, setItem } from '../runtime/abstract-item.ts';
import { lookupType } from '../runtime/attributes.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { functionDescription, mergeMapping } from './call-args.ts';

/** BUILD_TUPLE: takes the references. */
export function buildTuple(items: PyObject[]): PyObject {
  return newTupleStealing(items);
}

/** BUILD_LIST: takes the references. */
export function buildList(items: PyObject[]): PyObject {
  return newListStealing(items);
}

/** BUILD_SET: the set holds its own references; the items' are dropped. */
export function buildSet(items: PyObject[]): PyObject {
  const set = newSet();
  try {
    for (const item of items) setAdd(set, item);
  } catch (e) {
    decref(set);
    throw e;
  } finally {
    for (const item of items) decref(item);
  }
  return set;
}

/** How many stack values a BUILD_* / FORMAT_VALUE opcode consumes. */
export function buildOperandCount(opcode: number, oparg: number): number {
  switch (opcode) {
    case Op.BUILD_MAP:
      return 2 * oparg;
    case Op.BUILD_CONST_KEY_MAP:
      return oparg + 1;
    case Op.FORMAT_VALUE:
      return (oparg & 0x04) !== 0 ? 2 : 1;
    default:
      return oparg;
  }
}

/** The iterable-to-extend error of the `*_WITH_CALL` forms. */
function notIterableForCall(func: PyObject | null, v: PyObject): PyRaise {
  return typeError(`${func === null ? '' : functionDescription(func)} argument after * must be an iterable, not ${tpName(v.type)}`);
}

/**
 * The BUILD_* opcodes over borrowed `items` (the stack slots; the caller drops them), and
 * FORMAT_VALUE. `callee` is the function being called, for the `*_WITH_CALL` messages.
 */
export function build(opcode: number, oparg: number, items: readonly PyObject[], callee: PyObject | null): PyObject {
  switch (opcode) {
    case Op.BUILD_MAP: {
      const d = newDict();
      try {
        for (let i = 0; i < items.length; i += 2) dictSet(d, items[i] as PyObject, items[i + 1] as PyObject);
      } catch (e) {
        decref(d);
        throw e;
      }
      return d;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = items[items.length - 1] as PyObject;
      if (!(keys instanceof PyTuple) || keys.items.length !== oparg) throw raiseMessage(E.SystemError, 'bad BUILD_CONST_KEY_MAP keys argument');
      const d = newDict();
      try {
        for (let i = 0; i < oparg; i++) dictSet(d, keys.items[i] as PyObject, items[i] as PyObject);
      } catch (e) {
        decref(d);
        throw e;
      }
      return d;
    }
    case Op.BUILD_STRING:
      return newStr(items.map((s) => (s as PyStr).value).join(''));
    case Op.BUILD_SLICE:
      return newSlice(items[0] as PyObject, items[1] as PyObject, items[2] ?? None);
    case Op.BUILD_LIST_UNPACK: {
      // An empty list extended by each iterable in turn (its capacity shows in getsizeof).
      const list = newListStealing([]);
      try {
        for (const it of items) listExtend(list, it);
      } catch (e) {
        decref(list);
        throw e;
      }
      return list;
    }
    case Op.BUILD_TUPLE_UNPACK:
    case Op.BUILD_TUPLE_UNPACK_WITH_CALL:
      return buildTupleUnpack(opcode, items, callee);
    case Op.BUILD_SET_UNPACK: {
      const set = newSet();
      try {
        // `_PySet_Update`: a set or frozenset (a subclass too) is merged without calling its
        // `__iter__`; any other iterable is added item by item as it is iterated.
        for (const it of items) setUpdateInternal(set, it);
      } catch (e) {
        decref(set);
        throw e;
      }
      return set;
    }
    case Op.BUILD_MAP_UNPACK:
    case Op.BUILD_MAP_UNPACK_WITH_CALL: {
      const d = newDict();
      try {
        for (const m of items) mergeMapping(d, m, opcode === Op.BUILD_MAP_UNPACK_WITH_CALL ? callee : undefined);
      } catch (e) {
        decref(d);
        throw e;
      }
      return d;
    }
    case Op.FORMAT_VALUE: {
      const which = oparg & 0x03;
      const conversion = which === 1 ? 'str' : which === 2 ? 'repr' : which === 3 ? 'ascii' : 'none';
      return formatValue(items[0] as PyObject, conversion, (oparg & 0x04) !== 0 ? (items[1] as PyObject) : null);
    }
    default:
      throw typeError(`build: unexpected opcode ${opcode}`);
  }
}

/** LIST_APPEND / SET_ADD of a comprehension: `v` borrowed. */
export function comprehensionAdd(opcode: number, target: PyObject, v: PyObject): void {
  if (opcode === Op.LIST_APPEND) {
    listGrowByOne(target as PyList);
    (target as PyList).items.push(incref(v));
  }
  else setAdd(target, v);
}

/** UNPACK_SEQUENCE: the `n` items (new references), first item first. */
export function unpackSequence(seq: PyObject, n: number): PyObject[] {
  return unpackIterable(seq, n);
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items (new references). */
export function unpackEx(seq: PyObject, before: number, after: number): PyObject[] {
  return unpackIterable(seq, before, after);
}

/**
 * MAKE_FUNCTION: a new function from the code object and qualified name on the stack (both
 * references taken), with `extras` = [defaults, kwdefaults, annotations, closure] (taken).
 */
export function makeFunction(f: PyFrame, codeObj: PyObject, qualname: PyObject, extras: (PyObject | null)[]): PyObject {
  const code = codeObj as PyCode;
  const func = new PyFunction(code, f.globals, qualname);
  decref(codeObj);
  decref(qualname);
  const first = code.consts[0];
  func.doc = incref(first instanceof PyStr ? first : None);
  const module = dictGetStr(f.globals, '__name__');
  func.module = module === null ? null : incref(module);
  func.defaults = extras[0] ?? null;
  func.kwdefaults = extras[1] ?? null;
  func.annotations = extras[2] ?? null;
  func.closure = extras[3] ?? null;
  return func;
}

/** SETUP_ANNOTATIONS: `__annotations__ = {}` in the namespace unless present. */
export function setupAnnotations(f: PyFrame): void {
  const locals = f.locals;
  if (locals === null) throw raiseMessage(E.SystemError, 'no locals found when setting up annotations');
  if (locals instanceof PyDict) {
    if (dictGetStr(locals, '__annotations__') !== null) return;
    const d = newDict();
    const key = newStr('__annotations__');
    dictSet(locals, key, d);
    decref(key);
    decref(d);
    return;
  }
  const key = newStr('__annotations__');
  try {
    const v = getItem(locals, key);
    decref(v);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.KeyError)) throw e;
    clearRaise(e);
    const d = newDict();
    setItem(locals, key, d);
    decref(d);
  } finally {
    decref(key);
  }
}

/**
 * BUILD_TUPLE_UNPACK(_WITH_CALL): ceval extends an empty list by each iterable (`_PyList_Extend`,
 * so an iterable other than an exact list or tuple has its `__iter__` and then its length hint
 * asked for) and makes the tuple of it. Exact lists and tuples alone are copied straight, as
 * nothing of theirs is called.
 */
function buildTupleUnpack(opcode: number, items: readonly PyObject[], callee: PyObject | null): PyObject {
  if (items.every((it) => (it.type === tupleType || it.type === listType) && (it instanceof PyTuple || it instanceof PyList))) {
    const out: PyObject[] = [];
    for (const it of items) for (const x of (it as PyTuple | PyList).items) out.push(incref(x));
    return newTupleStealing(out);
  }
  const sum = newListStealing([]);
  try {
    for (const it of items) {
      try {
        listExtend(sum, it);
      } catch (e) {
        if (opcode === Op.BUILD_TUPLE_UNPACK_WITH_CALL && e instanceof PyRaise && exceptionMatches(e, E.TypeError) && it.type.iter === undefined && lookupType(it.type, '__getitem__') === null) {
          clearRaise(e);
          throw notIterableForCall(callee, it);
        }
        throw e;
      }
    }
    return newTuple(sum.items);
  } finally {
    decref(sum);
  }
}
