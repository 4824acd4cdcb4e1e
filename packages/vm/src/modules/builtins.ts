/**
 * The `builtins` module: the built-in functions, types, constants and exceptions. Mirrors CPython
 * 3.8 Python/bltinmodule.c.
 * @module
 */
import { setModuleDoc } from './module-doc.ts';
import { checkPositional, parseArgs, parseTupleAndKeywords } from '../runtime/clinic-args.ts';
import { memoryviewType } from '../objects/memoryview.ts';
import { dictSetStr } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { exceptionTypes } from '../objects/exceptions.ts';
import { PyFrame } from '../objects/frame.ts';
import { False, PyInt, True, boolType, intType, newBool, newInt } from '../objects/int.ts';
import { floatType } from '../objects/float.ts';
import { complexType } from '../objects/complex.ts';
import { PyBytes, bytesType } from '../objects/bytes.ts';
import { PyByteArray, bytearrayType } from '../objects/bytearray.ts';
import { listType, newListStealing, type PyList } from '../objects/list.ts';
import { tupleType } from '../objects/tuple.ts';
import { frameLocals } from '../objects/frame-attributes.ts';
import { dictType } from '../objects/dict.ts';
import { PyModule, newModule } from '../objects/module.ts';
import { type NativeDef, newBuiltinFunction } from '../objects/native-function.ts';
import { Ellipsis, None, NotImplemented } from '../objects/singletons.ts';
import { PyStr, codePointLength, emptyStr, newStr, strType } from '../objects/str.ts';
import { classMethodType, propertyType, staticMethodType } from '../objects/descr-types.ts';
import { superType } from '../objects/super-object.ts';
import { buildClass } from '../objects/type-object.ts';
import { varargsImpl } from '../objects/call-arguments.ts';
import { isTrue, isTrueStealing, hashObject, richCompareBool, LT, GT } from '../runtime/abstract-compare.ts';
import { getIter, iterNext, iterableToArray } from '../runtime/abstract-iter.ts';
import { lengthObject } from '../runtime/abstract-item.ts';
import { counted, repr, str, strText } from '../runtime/abstract-object.ts';
import { binaryOp, index, power3 } from '../runtime/abstract-number.ts';
import { compileBuiltin, execOrEval } from './builtins-exec.ts';
import { listSort } from '../objects/list-sort.ts';
import { formatIntArg, intArg, listSortMethod } from '../objects/list-methods.ts';
import { listExtend } from '../objects/list-slots.ts';
import { getAttr, getAttrOrNull, lookupAttrString, lookupSpecial, setAttr } from '../runtime/attributes.ts';
import { callMethodId, callObject } from '../runtime/call.ts';
import { objectIsInstance, objectIsSubclass } from '../runtime/abstract-isinstance.ts';
import { keysAsList } from '../objects/dict-slots.ts';
import { newQuitters } from './site-builtins.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { PyRaise, clearRaise, exceptionMatches, newExceptionStealing, raiseValue, typeError, valueError } from '../runtime/errors.ts';
import { PyObject, decref, incref } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { asciiOf, formatWithSpecObject } from '../runtime/format-value.ts';
import { PyTextStream, callStreamWrite, textStreamType, writeStrToFile, writeToFile } from './streams.ts';
import { sysAttribute } from './sys.ts';
import { breakpointDef, installBreakpointSupport } from './breakpoint.ts';
import { inputDef } from './builtins-input.ts';
import { BUILTINS_ORDER } from './builtins-order.ts';
import { warn } from './warnings-core.ts';
import { importModuleLevel } from '../runtime/import-system.ts';
import { enumerateType, filterType, frozensetType, mapType, newCallIter, rangeType, reversedType, setType, sliceType, zipType } from '../objects/containers.ts';
import { tpName } from '../runtime/type-name.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

// `breakpoint()` reads `sys.breakpointhook`, and the default hook warns (breakpoint.ts).
installBreakpointSupport({ sysAttribute, warn: (category, message) => { warn(category, message, 1); } });

/** Positional arguments and a keyword map of a native call. */
function splitArgs(args: readonly PyObject[], kwnames: readonly string[] | null): [PyObject[], Map<string, PyObject>] {
  const nkw = kwnames?.length ?? 0;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) kw.set((kwnames as readonly string[])[i] as string, args[args.length - nkw + i] as PyObject);
  return [args.slice(0, args.length - nkw), kw];
}

function exactArgs(name: string, args: readonly PyObject[], n: number): void {
  checkPositional(name, args.length, n, n);
}

function rangeArgs(name: string, args: readonly PyObject[], min: number, max: number): void {
  checkPositional(name, args.length, min, max);
}

/** `print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False)`. */
/** Whether `str(o)` runs no Python code: an exact str, int, bool or float, or None. */
function hasPlainStr(o: PyObject): boolean {
  const t = o.type;
  return t === strType || t === intType || t === boolType || t === floatType || o === None;
}

/**
 * Writes what `print` gathered for a standard stream in one write; when the stream refuses it (a
 * lone surrogate its encoder cannot take), writes it again as CPython does, piece by piece from
 * each offset in `cuts`: the pieces before the bad one are written and the error's position is
 * within that piece.
 */
function writePieces(file: PyTextStream, out: string, cuts: readonly number[]): void {
  try {
    callStreamWrite(file, out);
  } catch (e) {
    if (!(e instanceof PyRaise) || cuts.length < 2 || !exceptionMatches(e, E.UnicodeError)) throw e;
    clearRaise(e);
    for (let i = 0; i < cuts.length; i++) {
      const piece = out.slice(cuts[i], cuts[i + 1] ?? out.length);
      if (piece !== '') callStreamWrite(file, piece);
    }
  }
}

function print(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [objects, kw] = splitArgs(args, kwnames);
  for (const k of kw.keys()) if (!['sep', 'end', 'file', 'flush'].includes(k)) throw typeError(`'${k}' is an invalid keyword argument for print()`);
  const textArg = (name: string): PyStr | null => {
    const v = kw.get(name);
    if (v === undefined || v === None) return null;
    if (!(v instanceof PyStr)) throw typeError(`${name} must be None or a string, not ${tpName(v.type)}`);
    return v;
  };
  const sepObj = textArg('sep');
  const endObj = textArg('end');
  const sep = sepObj === null ? ' ' : sepObj.value;
  const end = endObj === null ? '\n' : endObj.value;
  let file = kw.get('file') ?? None;
  if (file === None) file = sysAttribute('stdout') ?? None;
  if (file === None) return incref(None);
  // CPython writes sep and end with PyFile_WriteObject, through str(): a str subclass with its
  // own __str__ writes what that gives, at each write (the slow path below).
  const ownStr = (o: PyStr | null): boolean => o !== null && o.type.str !== strType.str;
  const textOnly = !ownStr(sepObj) && !ownStr(endObj);
  if (textOnly && file instanceof PyTextStream && file.type === textStreamType) {
    // The standard streams take one write per print; what came before an object whose str()
    // fails is still written, as CPython's separate writes leave it. What is pending is written
    // before the str() of an object that may run Python code, whose own prints come after it.
    let out = '';
    // Where CPython's separate writes (each object, separator and the end) begin in `out`.
    let cuts: number[] = [];
    // Whether CPython's first write has happened (after the first str(), or of the end alone).
    let written = objects.length === 0;
    try {
      objects.forEach((o, i) => {
        if (i > 0) {
          cuts.push(out.length);
          out += sep;
        }
        if (out !== '' && !hasPlainStr(o)) {
          writePieces(file, out, cuts);
          out = '';
          cuts = [];
        }
        cuts.push(out.length);
        out += strText(o);
        written = true;
      });
      cuts.push(out.length);
      out += end;
    } finally {
      if (written) writePieces(file, out, cuts);
    }
  } else {
    // `PyFile_WriteObject` per object, with the separators and the end between.
    const writeObject = (o: PyObject): void => {
      const s = str(o);
      try {
        writeStrToFile(file, s);
      } finally {
        decref(s);
      }
    };
    objects.forEach((o, i) => {
      if (i > 0) {
        if (sepObj === null) writeToFile(file, sep);
        else writeObject(sepObj);
      }
      writeObject(o);
    });
    if (endObj === null) writeToFile(file, end);
    else writeObject(endObj);
  }
  const flush = kw.get('flush');
  if (flush !== undefined && isTrue(flush)) {
    decref(callMethodId(file, 'flush'));
  }
  return incref(None);
}

/** `min()` and `max()`: each item is fetched, keyed and compared before the next is fetched. */
function minMax(name: 'min' | 'max', args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [positional, kw] = splitArgs(args, kwnames);
  if (positional.length === 0) throw typeError(`${name} expected 1 argument, got 0`);
  // `PyArg_ParseTupleAndKeywords(emptytuple, kwds, "|$OO", ...)`.
  const [keyArg, dflt] = parseArgs(name, [...kw.values()], kwnames, ['key', 'default'], 0, 0, 0);
  const key = keyArg ?? None;
  if (positional.length > 1 && dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  // One iterable is iterated; several arguments are taken in turn (CPython iterates their tuple).
  const it = positional.length === 1 ? getIter(positional[0] as PyObject) : null;
  let at = 0;
  const next = (): PyObject | null => {
    if (it !== null) return iterNext(it);
    const o = positional[at++];
    return o === undefined ? null : incref(o);
  };
  let best: PyObject | null = null;
  let bestKey: PyObject | null = null;
  try {
    for (let item = next(); item !== null; item = next()) {
      let k: PyObject;
      try {
        k = key === None ? incref(item) : callObject(key, [item]);
      } catch (e) {
        decref(item);
        throw e;
      }
      if (best === null) {
        best = item;
        bestKey = k;
        continue;
      }
      let better: boolean;
      try {
        better = richCompareBool(k, bestKey as PyObject, name === 'min' ? LT : GT);
      } catch (e) {
        decref(k);
        decref(item);
        throw e;
      }
      if (better) {
        decref(bestKey as PyObject);
        decref(best);
        best = item;
        bestKey = k;
      } else {
        decref(k);
        decref(item);
      }
    }
  } catch (e) {
    if (best !== null) decref(best);
    if (bestKey !== null) decref(bestKey);
    throw e;
  } finally {
    if (it !== null) decref(it);
  }
  if (best === null) {
    if (dflt !== undefined) return incref(dflt);
    throw valueError(`${name}() arg is an empty sequence`);
  }
  decref(bestKey as PyObject);
  return best;
}

/** `sum(iterable, /, start=0)`, its arguments parsed by Argument Clinic. */
function sum(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [iterable, startArg] = parseArgs('sum', args, kwnames, ['iterable', 'start'], 1, 1);
  // As builtin_sum_impl: the iterator first, then the start value's checks.
  const it = getIter(iterable as PyObject);
  const start = startArg ?? null;
  let message: string | null = null;
  if (start instanceof PyStr) message = "sum() can't sum strings [use ''.join(seq) instead]";
  else if (start instanceof PyBytes) message = "sum() can't sum bytes [use b''.join(seq) instead]";
  else if (start instanceof PyByteArray) message = "sum() can't sum bytearray [use b''.join(seq) instead]";
  if (message !== null) {
    decref(it);
    throw typeError(message);
  }
  let acc = start === null ? newInt(0) : incref(start);
  try {
    for (let item = iterNext(it); item !== null; item = iterNext(it)) {
      try {
        const next = binaryOp(acc, item, 'add');
        decref(acc);
        acc = next;
      } finally {
        decref(item);
      }
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    decref(it);
  }
  return acc;
}

function idOf(o: PyObject): PyObject {
  return newInt(o.address);
}

/** `chr(i)`: Argument Clinic's `int` converter, then the code point range check. */
function chr(o: PyObject): PyObject {
  const v = intArg(o);
  if (v < 0 || v > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(v));
}

function ord(o: PyObject): PyObject {
  if (o instanceof PyStr) {
    const n = codePointLength(o.value);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return newInt(o.value.codePointAt(0) ?? 0);
  }
  const bytes = (o as { value?: unknown }).value;
  if (bytes instanceof Uint8Array) {
    if (bytes.length !== 1) throw typeError(`ord() expected a character, but string of length ${bytes.length} found`);
    return newInt(bytes[0] ?? 0);
  }
  throw typeError(`ord() expected string of length 1, but ${tpName(o.type)} found`);
}

/** `hex`, `oct`, `bin` through `__index__`. */
function radix(o: PyObject, base: 16 | 8 | 2): PyObject {
  // `PyNumber_ToBase`: `PyNumber_Index` first, which checks what `__index__` returned.
  const v = index(o);
  try {
    const big = (v as PyInt).big;
    const prefix = base === 16 ? '0x' : base === 8 ? '0o' : '0b';
    return newStr(big < 0n ? `-${prefix}${(-big).toString(base)}` : `${prefix}${big.toString(base)}`);
  } finally {
    decref(v);
  }
}

function getattrBuiltin(args: readonly PyObject[]): PyObject {
  rangeArgs('getattr', args, 2, 3);
  const name = args[1] as PyObject;
  if (!(name instanceof PyStr)) throw typeError('getattr(): attribute name must be string');
  if (args.length === 3) {
    try {
      // `_PyObject_LookupAttr`: a plain miss makes no AttributeError to clear.
      return getAttrOrNull(args[0] as PyObject, name) ?? incref(args[2] as PyObject);
    } catch (e) {
      if (e instanceof PyRaise && exceptionMatches(e, E.AttributeError)) {
        clearRaise(e);
        return incref(args[2] as PyObject);
      }
      throw e;
    }
  }
  return getAttr(args[0] as PyObject, name);
}

function hasattr(args: readonly PyObject[]): PyObject {
  exactArgs('hasattr', args, 2);
  const name = args[1] as PyObject;
  if (!(name instanceof PyStr)) throw typeError('hasattr(): attribute name must be string');
  try {
    // `_PyObject_LookupAttr`: a plain miss makes no AttributeError to clear.
    const v = getAttrOrNull(args[0] as PyObject, name);
    if (v === null) return newBool(false);
    decref(v);
    return newBool(true);
  } catch (e) {
    if (e instanceof PyRaise && exceptionMatches(e, E.AttributeError)) {
      clearRaise(e);
      return newBool(false);
    }
    throw e;
  }
}

/**
 * `next(it[, default])`. The exception that ends it is returned, not thrown (native-function.ts
 * `callNativeRaw`): driving a generator by hand to its end is common, and a JS throw costs V8 a
 * walk of the stack.
 */
function nextBuiltin(args: readonly PyObject[]): PyObject | PyRaise {
  rangeArgs('next', args, 1, 2);
  const it = args[0] as PyObject;
  const next = it.type.iternext;
  if (next === undefined) throw typeError(`'${tpName(it.type)}' object is not an iterator`);
  let v: PyObject | null;
  try {
    v = next(it);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    if (args.length === 2 && exceptionMatches(e, E.StopIteration)) {
      clearRaise(e);
      return incref(args[1] as PyObject);
    }
    return e;
  }
  if (v !== null) return v;
  if (args.length === 2) return incref(args[1] as PyObject);
  return raiseValue(newExceptionStealing(E.StopIteration, []));
}

function currentFrame(): PyFrame {
  return tstate.frame as PyFrame;
}

function dirOf(o: PyObject | null): PyObject {
  let listed: PyList;
  if (o === null) {
    // `_dir_locals`: `PyMapping_Keys` of what `PyEval_GetLocals` gives (a mapping's own keys()
    // when exec() was given one).
    const locals = frameLocals(currentFrame());
    try {
      if (locals.type === dictType) {
        listed = newListStealing(iterableToArray(locals));
      } else {
        const keys = callMethodId(locals, 'keys');
        try {
          listed = keysAsList(locals, keys) as PyList;
        } finally {
          decref(keys);
        }
      }
    } finally {
      decref(locals);
    }
  } else {
    // `_dir_object`: what the object's `__dir__` says, as a new list.
    const method = lookupSpecial(o, '__dir__');
    if (method === null) throw typeError('object does not provide __dir__');
    let result: PyObject;
    try {
      result = callObject(method, []);
    } finally {
      decref(method);
    }
    try {
      listed = newListStealing(iterableToArray(result));
    } finally {
      decref(result);
    }
  }
  try {
    listSort(listed, null, false);
  } catch (e) {
    decref(listed);
    throw e;
  }
  return listed;
}

/** The built-in functions. */
const FUNCTIONS: NativeDef[] = [
  { name: '__build_class__', kind: 'fastkw', impl: (_m, args, kw) => buildClass(args, kw) },
  {
    name: '__import__', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      // `PyArg_ParseTupleAndKeywords(args, kwds, "U|OOOi:__import__", ...)`: each value is
      // converted as it is bound, before unknown keywords are looked for.
      let levelValue = 0;
      const [name, globalsArg, , fromlistArg] = parseTupleAndKeywords('__import__', args, kwnames, ['name', 'globals', 'locals', 'fromlist', 'level'], 1, (i, v) => {
        if (i === 0 && !(v instanceof PyStr)) throw typeError(`__import__() argument 1 must be str, not ${argTypeName(v)}`);
        if (i === 4) levelValue = formatIntArg(v);
      }) as [PyStr, ...(PyObject | undefined)[]];
      const level = newInt(levelValue);
      try {
        return importModuleLevel(name.value, globalsArg ?? null, fromlistArg ?? None, level);
      } finally {
        decref(level);
      }
    },
  },
  { name: 'print', kind: 'fastkw', impl: (_m, args, kw) => print(args, kw) },
  { name: 'repr', kind: 'o', impl: (_m, args) => repr(args[0] as PyObject) },
  { name: 'ascii', kind: 'o', impl: (_m, args) => asciiOf(args[0] as PyObject) },
  { name: 'len', kind: 'o', impl: (_m, args) => lengthObject(args[0] as PyObject) },
  { name: 'id', kind: 'o', impl: (_m, args) => idOf(args[0] as PyObject) },
  { name: 'hash', kind: 'o', impl: (_m, args) => newInt(hashObject(args[0] as PyObject)) },
  { name: 'abs', kind: 'o', impl: (_m, args) => absolute(args[0] as PyObject) },
  { name: 'callable', kind: 'o', impl: (_m, args) => newBool((args[0] as PyObject).type.call !== undefined) },
  { name: 'chr', kind: 'o', impl: (_m, args) => chr(args[0] as PyObject) },
  { name: 'ord', kind: 'o', impl: (_m, args) => ord(args[0] as PyObject) },
  { name: 'hex', kind: 'o', impl: (_m, args) => radix(args[0] as PyObject, 16) },
  { name: 'oct', kind: 'o', impl: (_m, args) => radix(args[0] as PyObject, 8) },
  { name: 'bin', kind: 'o', impl: (_m, args) => radix(args[0] as PyObject, 2) },
  {
    name: 'isinstance', kind: 'fast',
    impl: (_m, args) => {
      exactArgs('isinstance', args, 2);
      return newBool(objectIsInstance(args[0] as PyObject, args[1] as PyObject));
    },
  },
  {
    name: 'issubclass', kind: 'fast',
    impl: (_m, args) => {
      exactArgs('issubclass', args, 2);
      return newBool(objectIsSubclass(args[0] as PyObject, args[1] as PyObject));
    },
  },
  {
    name: 'iter', kind: 'fast',
    impl: (_m, args) => {
      rangeArgs('iter', args, 1, 2);
      if (args.length === 1) return getIter(args[0] as PyObject);
      return callIter(args[0] as PyObject, args[1] as PyObject);
    },
  },
  { name: 'next', kind: 'fast', impl: (_m, args) => nextBuiltin(args) },
  { name: 'getattr', kind: 'fast', impl: (_m, args) => getattrBuiltin(args) },
  {
    name: 'setattr', kind: 'fast',
    impl: (_m, args) => {
      exactArgs('setattr', args, 3);
      const name = args[1] as PyObject;
      if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${tpName(name.type)}'`);
      setAttr(args[0] as PyObject, name, args[2] as PyObject);
      return incref(None);
    },
  },
  {
    name: 'delattr', kind: 'fast',
    impl: (_m, args) => {
      exactArgs('delattr', args, 2);
      const name = args[1] as PyObject;
      if (!(name instanceof PyStr)) throw typeError(`attribute name must be string, not '${tpName(name.type)}'`);
      setAttr(args[0] as PyObject, name, null);
      return incref(None);
    },
  },
  { name: 'hasattr', kind: 'fast', impl: (_m, args) => hasattr(args) },
  { name: 'min', kind: 'fastkw', impl: varargsImpl((_m, args, kw) => minMax('min', args, kw)) },
  { name: 'max', kind: 'fastkw', impl: varargsImpl((_m, args, kw) => minMax('max', args, kw)) },
  { name: 'sum', kind: 'fastkw', impl: (_m, args, kw) => sum(args, kw) },
  {
    name: 'all', kind: 'o',
    impl: (_m, args) => {
      const it = getIter(args[0] as PyObject);
      try {
        for (let v = iterNext(it); v !== null; v = iterNext(it)) {
          if (!isTrueStealing(v)) return newBool(false);
        }
        return newBool(true);
      } finally {
        decref(it);
      }
    },
  },
  {
    name: 'any', kind: 'o',
    impl: (_m, args) => {
      const it = getIter(args[0] as PyObject);
      try {
        for (let v = iterNext(it); v !== null; v = iterNext(it)) {
          if (isTrueStealing(v)) return newBool(true);
        }
        return newBool(false);
      } finally {
        decref(it);
      }
    },
  },
  {
    name: 'divmod', kind: 'fast',
    impl: (_m, args) => {
      exactArgs('divmod', args, 2);
      return binaryOp(args[0] as PyObject, args[1] as PyObject, 'divmod');
    },
  },
  {
    name: 'pow', kind: 'fastkw',
    impl: (_m, args, kw) => {
      // `pow(base, exp, mod=None)` (Argument Clinic): all three may be given by keyword.
      const [base, exp, mod] = parseArgs('pow', args, kw, ['base', 'exp', 'mod'], 2) as [PyObject, PyObject, PyObject | undefined];
      if (mod !== undefined && mod !== None) return power3(base, exp, mod);
      return binaryOp(base, exp, 'power');
    },
  },
  {
    name: 'round', kind: 'fastkw',
    impl: (_m, args, kw) => {
      const [number, ndigitsArg] = parseArgs('round', args, kw, ['number', 'ndigits'], 1) as [PyObject, PyObject | undefined];
      const ndigits = ndigitsArg ?? None;
      const method = lookupSpecial(number, '__round__');
      if (method === null) throw typeError(`type ${tpName(number.type)} doesn't define __round__ method`);
      try {
        return callObject(method, ndigits === None ? [] : [ndigits]);
      } finally {
        decref(method);
      }
    },
  },
  {
    name: 'format', kind: 'fast',
    impl: (_m, args) => {
      rangeArgs('format', args, 1, 2);
      const spec = args[1] ?? newStr('');
      if (!(spec instanceof PyStr)) throw typeError(`format() argument 2 must be str, not ${argTypeName(spec)}`);
      try {
        // `PyObject_Format`: a call of the value's `__format__` (a recursion level).
        return formatWithSpecObject(args[0] as PyObject, spec);
      } finally {
        if (args[1] === undefined) decref(spec);
      }
    },
  },
  { name: 'exec', kind: 'fast', impl: (_m, args) => execOrEval('exec', args) },
  { name: 'eval', kind: 'fast', impl: (_m, args) => execOrEval('eval', args) },
  { name: 'compile', kind: 'fastkw', impl: (_m, args, kwnames) => compileBuiltin(args, kwnames) },
  {
    // builtin_sorted: the one positional argument becomes a list whose sort() gets the rest.
    name: 'sorted', kind: 'fastkw',
    impl: (_m, args, kw) => {
      const npos = args.length - (kw?.length ?? 0);
      if (npos !== 1) throw typeError(`sorted expected 1 argument, got ${npos}`);
      // `PySequence_List`: a new empty list extended by the iterable.
      const list = newListStealing([]);
      try {
        listExtend(list, args[0] as PyObject);
        // `list.sort` is called as a bound builtin method: one more recursion level.
        decref(counted(' while calling a Python object', () => listSortMethod(list, args.slice(1), kw)));
      } catch (e) {
        decref(list);
        throw e;
      }
      return list;
    },
  },
  { name: 'globals', kind: 'noargs', impl: () => incref(currentFrame().globals) },
  { name: 'locals', kind: 'noargs', impl: () => frameLocals(currentFrame()) },
  {
    name: 'vars', kind: 'fast',
    impl: varargsImpl((_m, args) => {
      rangeArgs('vars', args, 0, 1);
      if (args.length === 0) return frameLocals(currentFrame());
      const d = lookupAttrString(args[0] as PyObject, '__dict__');
      if (d === null) throw typeError('vars() argument must have __dict__ attribute');
      return d;
    }),
  },
  {
    name: 'dir', kind: 'fast',
    impl: varargsImpl((_m, args) => {
      rangeArgs('dir', args, 0, 1);
      return dirOf(args[0] ?? null);
    }),
  },
];

/** `abs()`. */
function absolute(o: PyObject): PyObject {
  const slot = o.type.nbAbsolute;
  if (slot === undefined) throw typeError(`bad operand type for abs(): '${tpName(o.type)}'`);
  return slot(o);
}


/** `iter(callable, sentinel)`; installed by the containers. */
let callIter: (callable: PyObject, sentinel: PyObject) => PyObject = (callable, sentinel) => newCallIter(callable, sentinel);

/** Installs `iter(callable, sentinel)`. */
export function setCallIter(fn: typeof callIter): void {
  callIter = fn;
}

/** The builtins module of a run. */
export function newBuiltinsModule(): PyModule {
  const module = newModule('builtins');
  const ns = module.namespace;
  setModuleDoc(ns, 'builtins');
  // `_init_module_attrs` at importlib's setup: a top-level module's package is ''.
  dictSetStr(ns, '__package__', emptyStr);
  // Everything is made first, in corosim's order (their memory), then put in the namespace in
  // CPython's order (what `vars(builtins)` lists).
  const entries = new Map<string, PyObject>();
  for (const def of [...FUNCTIONS, breakpointDef, inputDef]) entries.set(def.name, newBuiltinFunction(def, module, 'builtins'));
  const values: [string, PyObject][] = [
    ['None', None], ['True', True], ['False', False], ['Ellipsis', Ellipsis], ['NotImplemented', NotImplemented],
    ['__debug__', True], ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType],
    ['float', floatType], ['complex', complexType], ['str', strType], ['bytes', bytesType], ['bytearray', bytearrayType], ['memoryview', memoryviewType], ['list', listType],
    ['tuple', tupleType], ['dict', dictType], ['property', propertyType], ['staticmethod', staticMethodType],
    ['classmethod', classMethodType], ['super', superType],
  ];
  for (const [name, value] of values) entries.set(name, incref(value));
  for (const t of [setType, frozensetType, rangeType, sliceType, enumerateType, zipType, mapType, filterType, reversedType]) entries.set(t.name, incref(t));
  for (const [name, type] of exceptionTypes) entries.set(name, incref(type));
  entries.set('EnvironmentError', incref(E.OSError));
  entries.set('IOError', incref(E.OSError));
  for (const [name, quitter] of newQuitters()) entries.set(name, quitter);
  const put = (name: string, value: PyObject): void => {
    dictSetStr(ns, name, value);
    decref(value);
    entries.delete(name);
  };
  for (const name of BUILTINS_ORDER) {
    const value = entries.get(name);
    if (value !== undefined) put(name, value);
  }
  for (const [name, value] of [...entries]) put(name, value);
  return module;
}


