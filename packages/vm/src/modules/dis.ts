/**
 * The `dis` module: `dis.dis(x, *, file=None)` for functions, bound methods, generators and
 * code objects, source strings, and classes and modules (each function-like attribute in name
 * order), printing what CPython 3.8 prints (bytecode/dis.ts makes the listing; nested code
 * objects show their run-time addresses). Mirrors CPython 3.8 Lib/dis.py `dis`.
 * `findlinestarts` mirrors Lib/dis.py's.
 * @module
 */
import { PyCode } from '../objects/code.ts';
import { PyFunction } from '../objects/function.ts';
import { PyGenerator } from '../objects/generator.ts';
import { PyMethod } from '../objects/method.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr } from '../objects/str.ts';
import * as E from '../objects/exceptions.ts';
import { newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { getIter, iterableToArray } from '../runtime/abstract-iter.ts';
import { LT, richCompareBool } from '../runtime/abstract-compare.ts';
import { strText } from '../runtime/abstract-object.ts';
import { lookupAttrString } from '../runtime/attributes.ts';
import { callMethod } from '../runtime/call.ts';
import { classMethodType, staticMethodType } from '../objects/descr-types.ts';
import type { PyTuple } from '../objects/tuple.ts';
import { disassembleCode } from '../bytecode/dis.ts';
import type { CodeObject } from '../bytecode/code-object.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { defineNativeModule } from './module-builder.ts';
import { sysAttribute } from './sys.ts';
import { writeToFile } from './streams.ts';
import { compileSource } from './builtins-exec.ts';
import { tpName } from '../runtime/type-name.ts';

/** The code object behind `x` (`_get_code_object`'s unwrapping). */
function codeOf(x: PyObject): PyCode {
  let o = x;
  if (o instanceof PyMethod) o = o.func;
  if (o instanceof PyFunction) return o.code;
  if (o instanceof PyGenerator && o.code !== null) return o.code;
  if (o instanceof PyCode) return o;
  throw typeError(`don't know how to disassemble ${tpName(o.type)} objects`);
}

/** Maps each code object in the tree to its run-time address. */
function addresses(root: PyCode): Map<CodeObject, number> {
  const map = new Map<CodeObject, number>();
  const walk = (c: PyCode): void => {
    map.set(c.co, c.address);
    for (const k of c.consts) if (k instanceof PyCode) walk(k);
  };
  walk(root);
  return map;
}

/** `findlinestarts(code)`: the (offset, line) pairs where a line starts, as Lib/dis.py decodes co_lnotab. */
function findLineStarts(code: PyCode): PyObject {
  const tab = code.co.lnotab;
  const pairs: PyObject[] = [];
  let lastLine: number | null = null;
  let line = code.co.firstlineno;
  let addr = 0;
  for (let i = 0; i + 1 < tab.length; i += 2) {
    const byteIncr = tab[i] ?? 0;
    let lineIncr = tab[i + 1] ?? 0;
    if (byteIncr !== 0) {
      if (line !== lastLine) {
        pairs.push(newTupleStealing([newInt(addr), newInt(line)]));
        lastLine = line;
      }
      addr += byteIncr;
    }
    if (lineIncr >= 0x80) lineIncr -= 0x100;
    line += lineIncr;
  }
  if (line !== lastLine) pairs.push(newTupleStealing([newInt(addr), newInt(line)]));
  const list = newListStealing(pairs);
  try {
    return getIter(list);
  } finally {
    decref(list);
  }
}

const FUNCTIONS: NativeDef[] = [{
  name: 'findlinestarts', kind: 'o',
  impl: (_m, args) => findLineStarts(codeOf(args[0] as PyObject)),
}, {
  name: 'dis', kind: 'fastkw',
  impl: (_m, args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    const x = args[0];
    if (x === undefined || args.length - nkw !== 1) throw typeError(`dis() takes from 0 to 1 positional arguments but ${args.length - nkw} were given`);
    let file: PyObject = None;
    (kwnames ?? []).forEach((k, i) => {
      if (k === 'file') file = args[args.length - nkw + i] as PyObject;
      else if (k !== 'depth') throw typeError(`dis() got an unexpected keyword argument '${k}'`);
    });
    disObject(x, file);
    return incref(None);
  },
}];

/** An attribute that `hasattr` finds: a new reference, or null. */
function attrOrNull(o: PyObject, name: string): PyObject | null {
  return lookupAttrString(o, name);
}

/** `isinstance(x, _have_code)`: methods, functions, code, classmethod, staticmethod, classes. */
function hasCode(x: PyObject): boolean {
  return x instanceof PyMethod || x instanceof PyFunction || x instanceof PyCode || x instanceof PyType
    || x.type.isSubtype(classMethodType) || x.type.isSubtype(staticMethodType);
}

/** `dis.dis(x)`: unwraps methods, functions and generators, then disassembles what is left. */
function disObject(x: PyObject, file: PyObject): void {
  let o = incref(x);
  try {
    for (const name of ['__func__', '__code__', 'gi_code', 'ag_code', 'cr_code']) {
      const inner = attrOrNull(o, name);
      if (inner === null) continue;
      decref(o);
      o = inner;
      // `__func__` is unwrapped first, then one of the code attributes.
      if (name !== '__func__') break;
    }
    const dict = o instanceof PyCode ? null : attrOrNull(o, '__dict__');
    if (dict !== null) {
      try {
        disNamespace(dict, file);
      } finally {
        decref(dict);
      }
    } else if (o instanceof PyCode) {
      writeListing(o, file);
    } else if (o instanceof PyStr) {
      // A string is compiled first (`_try_compile`: as an expression, else as statements).
      const code = new PyCode(tryCompile(o.value));
      try {
        writeListing(code, file);
      } finally {
        decref(code);
      }
    } else {
      throw typeError(`don't know how to disassemble ${tpName(o.type)} objects`);
    }
  } finally {
    decref(o);
  }
}

/** A class or module: "Disassembly of name:" and the listing of each function-like attribute. */
function disNamespace(dict: PyObject, file: PyObject): void {
  const view = callMethod(dict, 'items', []);
  let items: PyObject[];
  try {
    items = iterableToArray(view);
  } finally {
    decref(view);
  }
  try {
    const named = items.map((item) => (item as PyTuple).items as unknown as readonly [PyObject, PyObject]);
    named.sort(([a], [b]) => compareKeys(a, b));
    for (const [name, value] of named) {
      if (!hasCode(value)) continue;
      write(file, `Disassembly of ${strText(name)}:\n`);
      try {
        disObject(value, file);
      } catch (e) {
        if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
        write(file, `Sorry: ${strText(e.value)}\n`);
        clearRaise(e);
      }
      write(file, '\n');
    }
  } finally {
    for (const item of items) decref(item);
  }
}

/** The order of `sorted(x.__dict__.items())`: the names (unique, so values are never compared). */
function compareKeys(a: PyObject, b: PyObject): number {
  if (richCompareBool(a, b, LT)) return -1;
  return richCompareBool(b, a, LT) ? 1 : 0;
}

function write(file: PyObject, text: string): void {
  const target = file === None ? sysAttribute('stdout') ?? None : file;
  if (target !== None) writeToFile(target, text);
}

/** `_try_compile(source, '<dis>')`. */
function tryCompile(source: string): CodeObject {
  try {
    return compileSource(source, '<dis>', 'eval');
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.SyntaxError)) throw e;
    clearRaise(e);
    return compileSource(source, '<dis>', 'exec');
  }
}

/** Writes the listing of `code` and the code objects in it to `file` (None: sys.stdout). */
function writeListing(code: PyCode, file: PyObject): void {
  const map = addresses(code);
  write(file, disassembleCode(code.co, (c) => `0x${(map.get(c) ?? 0).toString(16)}`));
}

defineNativeModule({ name: 'dis', doc: 'Disassembler of Python byte code into mnemonics.', functions: FUNCTIONS });
