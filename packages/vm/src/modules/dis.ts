/**
 * The `dis` module: `dis` (functions, methods, generators, coroutines, code objects, source
 * strings, classes and modules, the last traceback; `depth=`), `disassemble`/`disco`, `distb`,
 * `code_info`, `show_code`, `get_instructions`, `findlabels`, `findlinestarts`, `Instruction`,
 * `Bytecode` and the opcode tables (dis-tables.ts). Listings are made by bytecode/dis.ts, so every
 * way of printing them agrees. Mirrors CPython 3.8 Lib/dis.py.
 * @module
 */
import { PyCode, codeType } from '../objects/code.ts';
import { dictGetStr, dictSetStr } from '../objects/dict.ts';
import { classMethodType, staticMethodType } from '../objects/descr-types.ts';
import { PyFunction } from '../objects/function.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { methodType } from '../objects/method.ts';
import type { PyModule } from '../objects/module.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { PyTuple, newTupleStealing } from '../objects/tuple.ts';
import * as E from '../objects/exceptions.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { callMethod } from '../runtime/call.ts';
import { strText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString } from '../runtime/attributes.ts';
import { disassembleBytes } from '../bytecode/dis.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyByteArray } from '../objects/bytearray.ts';
import { findLineStarts } from '../bytecode/line-starts.ts';
import { newAbcIterator } from './collections-abc-iter.ts';
import { PyRaise, attributeError, clearRaise, exceptionMatches, raiseMessage, typeError } from '../runtime/errors.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { bindArgs } from './abc-function.ts';
import { formatCodeInfo, innermostTraceback, makeBytecodeClass } from './dis-bytecode.ts';
import { codeListing, codeTreeListing } from './dis-listing.ts';
import { CONVERTERS, builtin, findLabels, instructionIterator, makeInstructionClasses } from './dis-instructions.ts';
import { DIS_PRIVATE_FUNCTIONS, haveCodeTuple, tryCompile } from './dis-private.ts';
import { DIS_TABLE_FUNCTIONS, OPCODE_ALL, disTableValues } from './dis-tables.ts';
import { isFunction } from './inspect-more.ts';
import { defineNativeModule, importFrom } from './module-builder.ts';
import { sysAttribute } from './sys.ts';
import { writeToFile } from './streams.ts';

/** The attribute `name` of `o` in place of `o` when it has one (`o` is owned and may be released). */
function unwrapAttr(o: PyObject, name: string): [PyObject, boolean] {
  const v = lookupAttrString(o, name);
  if (v === null) return [o, false];
  decref(o);
  return [v, true];
}

/** `x.__func__`, then `__code__`, `gi_code`, `ag_code` or `cr_code` (owned in, owned out). */
function unwrapCode(x: PyObject): PyObject {
  let o = unwrapAttr(x, '__func__')[0];
  for (const name of ['__code__', 'gi_code', 'ag_code', 'cr_code']) {
    const [next, found] = unwrapAttr(o, name);
    o = next;
    if (found) break;
  }
  return o;
}

/**
 * `_get_code_object(x)`: a new reference to the code object behind a function, method,
 * generator-like object, code object or source string.
 */
function getCodeObject(x: PyObject): PyCode {
  let o = unwrapCode(incref(x));
  if (o instanceof PyStr) {
    const source = o;
    try {
      o = tryCompile(source.value, '<disassembly>');
    } finally {
      decref(source);
    }
  }
  if (o instanceof PyCode) return o;
  decref(o);
  throw typeError(`don't know how to disassemble ${x.type.name} objects`);
}

/**
 * `print(line, file=file)` for each line (None: sys.stdout), as separate writes of the line and
 * of its newline; an empty line is `print(file=file)`, one write. A trailing newline ends the last line.
 */
function print(file: PyObject, text: string): void {
  const target = file === None ? sysAttribute('stdout') ?? None : file;
  if (target === None) return;
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  for (const line of lines) {
    if (line !== '') writeToFile(target, line);
    writeToFile(target, '\n');
  }
}

/** `print(text, file=file)`: one write of a text that may span lines, then the newline. */
function printOne(file: PyObject, text: string): void {
  const target = file === None ? sysAttribute('stdout') ?? None : file;
  if (target === None) return;
  writeToFile(target, text);
  writeToFile(target, '\n');
}

/** `_have_code`: the kinds of objects `dis` disassembles from a class or module namespace. */
function hasCode(o: PyObject): boolean {
  const t = o.type;
  return t === methodType || o instanceof PyFunction || isFunction(o) || t.isSubtype(codeType) || t.isSubtype(classMethodType)
    || t.isSubtype(staticMethodType) || o instanceof PyType;
}

/** `dis(x=None, *, file=None, depth=None)`. */
function dis(x: PyObject, file: PyObject, depth: number | null): void {
  if (x === None) {
    distb(None, file);
    return;
  }
  const o = unwrapCode(incref(x));
  try {
    const dict = lookupAttrString(o, '__dict__');
    if (dict !== null) {
      try {
        disNamespace(dict, file, depth);
      } finally {
        decref(dict);
      }
    } else if (o instanceof PyCode) {
      print(file, codeTreeListing(o, depth));
    } else if (o instanceof PyStr) {
      const code = tryCompile(o.value, '<dis>');
      try {
        print(file, codeTreeListing(code, depth));
      } finally {
        decref(code);
      }
    } else if (o instanceof PyBytes || o instanceof PyByteArray) {
      // Raw bytecode: `_disassemble_bytes(x)`, without the code object's tables.
      const listing = disassembleBytes(o instanceof PyBytes ? o.value : o.value.slice());
      if (listing !== '') print(file, listing);
    } else {
      throw typeError(`don't know how to disassemble ${o.type.name} objects`);
    }
  } finally {
    decref(o);
  }
}

/** A class's or module's `__dict__`, by sorted name: each thing with code in it. */
function disNamespace(dict: PyObject, file: PyObject, depth: number | null): void {
  const items = sortedItems(dict);
  try {
    for (const [name, value] of items) if (hasCode(value)) disEntry(name, value, file, depth);
  } finally {
    for (const [, v] of items) decref(v);
  }
}

/** One entry of a namespace: its header, its listing (or why not) and a blank line. */
function disEntry(name: string, value: PyObject, file: PyObject, depth: number | null): void {
  print(file, `Disassembly of ${name}:`);
  try {
    dis(value, file, depth);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    const message = strText(e.value);
    clearRaise(e);
    printOne(file, `Sorry: ${message}`);
  }
  print(file, '');
}

/** `sorted(d.items())` of a dict or mappingproxy, by name (the values are new references). */
function sortedItems(dict: PyObject): [string, PyObject][] {
  const items = callMethod(dict, 'items');
  let pairs: PyObject[];
  try {
    pairs = iterableToArray(items);
  } finally {
    decref(items);
  }
  const out = pairs.map((pair): [string, PyObject] => {
    const [k, v] = pair instanceof PyTuple ? pair.items : [];
    const entry: [string, PyObject] = [k instanceof PyStr ? k.value : '', incref(v ?? None)];
    decref(pair);
    return entry;
  });
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** `disassemble(co, lasti=-1, *, file=None)`: one code object, the instruction at `lasti` marked. */
function disassemble(co: PyObject, lasti: number, file: PyObject): void {
  if (!(co instanceof PyCode)) throw attributeError(`'${tpName(co.type)}' object has no attribute 'co_cellvars'`);
  print(file, codeListing(co, { lasti }));
}

/** `distb(tb=None, *, file=None)`: the last traceback by default, its innermost frame. */
function distb(given: PyObject, file: PyObject): void {
  let tb: PyObject;
  if (given === None) {
    const last = sysAttribute('last_traceback');
    if (last === null) throw raiseMessage(E.RuntimeError, 'no last traceback to disassemble');
    tb = innermostTraceback(incref(last));
  } else {
    tb = incref(given);
  }
  try {
    const frame = getAttrString(tb, 'tb_frame');
    const code = getAttrString(frame, 'f_code');
    decref(frame);
    const lasti = getAttrString(tb, 'tb_lasti');
    try {
      disassemble(code, lasti instanceof PyInt ? Number(lasti.value) : -1, file);
    } finally {
      decref(code);
      decref(lasti);
    }
  } finally {
    decref(tb);
  }
}

/** Positional arguments up to `max`, then the keyword-only `file` (and `depth` for dis). */
function split(name: string, args: readonly PyObject[], kwnames: readonly string[] | null, positional: readonly string[], keywords: readonly string[]): (PyObject | undefined)[] {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > positional.length) {
    throw typeError(`${name}() takes from 0 to ${positional.length} positional arguments but ${npos} were given`);
  }
  return bindArgs(name, args, kwnames, [...positional, ...keywords], positional.length + keywords.length);
}

/**
 * `findlinestarts(code)`: a generator of (offset, line) pairs; like CPython's generator function,
 * it reads the code object only when first stepped.
 */
function findLineStartsObject(code: PyObject): PyObject {
  let pairs: (readonly [number, number])[] | null = null;
  let next = 0;
  return newAbcIterator('findlinestarts', [incref(code)], () => {
    if (pairs === null) {
      if (!(code instanceof PyCode)) throw attributeError(`'${tpName(code.type)}' object has no attribute 'co_lnotab'`);
      pairs = [...findLineStarts(code.co)];
    }
    const pair = pairs[next++];
    return pair === undefined ? null : newTupleStealing([newInt(pair[0]), newInt(pair[1])]);
  });
}

const FUNCTIONS: NativeDef[] = [
  { name: 'findlinestarts', kind: 'o', impl: (_m, args) => findLineStartsObject(args[0] as PyObject) },
  { name: 'findlabels', kind: 'o', impl: (_m, args) => findLabels(args[0] as PyObject) },
  {
    name: 'dis', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [x, file, depth] = split('dis', args, kwnames, ['x'], ['file', 'depth']);
      dis(x ?? None, file ?? None, depth instanceof PyInt ? Number(depth.value) : null);
      return incref(None);
    },
  },
  {
    name: 'disassemble', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos > 2) throw typeError(`disassemble() takes from 1 to 2 positional arguments but ${npos} were given`);
      const [co, lasti, file] = bindArgs('disassemble', args, kwnames, ['co', 'lasti', 'file'], 2);
      disassemble(co as PyObject, lasti instanceof PyInt ? Number(lasti.value) : -1, file ?? None);
      return incref(None);
    },
  },
  {
    name: 'distb', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [tb, file] = split('distb', args, kwnames, ['tb'], ['file']);
      distb(tb ?? None, file ?? None);
      return incref(None);
    },
  },
  {
    name: 'code_info', kind: 'o',
    impl: (_m, args) => withCode(args[0] as PyObject, (co) => newStr(formatCodeInfo(co))),
  },
  {
    name: 'show_code', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos > 1) throw typeError(`show_code() takes 1 positional argument but ${npos} were given`);
      const [co, file] = bindArgs('show_code', args, kwnames, ['co', 'file'], 1);
      withCode(co as PyObject, (code) => {
        printOne(file ?? None, formatCodeInfo(code));
        return None;
      });
      return incref(None);
    },
  },
  {
    name: '_get_code_object', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [x] = bindArgs('_get_code_object', args, kwnames, ['x']);
      return getCodeObject(x as PyObject);
    },
  },
  {
    name: 'get_instructions', kind: 'fastkw',
    impl: (m, args, kwnames) => {
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos > 1) throw typeError(`get_instructions() takes 1 positional argument but ${npos} were given`);
      const [x, firstLine] = bindArgs('get_instructions', args, kwnames, ['x', 'first_line'], 1);
      return withCode(x as PyObject, (co) => {
        const offset = firstLine instanceof PyInt ? Number(firstLine.value) - co.co.firstlineno : 0;
        return instructionIterator(m as PyModule, co, offset);
      });
    },
  },
  {
    name: '_disassemble_recursive', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [co, file, depth] = split('_disassemble_recursive', args, kwnames, ['co'], ['file', 'depth']);
      disassembleRecursive(co as PyObject, file ?? None, depth instanceof PyInt ? Number(depth.value) : null);
      return incref(None);
    },
  },
  {
    name: '_disassemble_str', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [source, file, depth] = split('_disassemble_str', args, kwnames, ['source'], ['file', 'depth']);
      if (!(source instanceof PyStr)) throw typeError('compile() arg 1 must be a string, bytes or AST object');
      const code = tryCompile(source.value, '<dis>');
      try {
        disassembleRecursive(code, file ?? None, depth instanceof PyInt ? Number(depth.value) : null);
      } finally {
        decref(code);
      }
      return incref(None);
    },
  },
  ...DIS_PRIVATE_FUNCTIONS,
  ...DIS_TABLE_FUNCTIONS,
];

/** `_disassemble_recursive(co, *, file=None, depth=None)`. */
function disassembleRecursive(co: PyObject, file: PyObject, depth: number | null): void {
  if (!(co instanceof PyCode)) throw attributeError(`'${tpName(co.type)}' object has no attribute 'co_cellvars'`);
  print(file, codeTreeListing(co, depth));
}

/** Runs `f` on the code object behind `x`. */
function withCode<T>(x: PyObject, f: (co: PyCode) => T): T {
  const co = getCodeObject(x);
  try {
    return f(co);
  } finally {
    decref(co);
  }
}

/** `dis.__all__`: its own names, then `opcode.__all__`. */
const DIS_ALL = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts', 'findlabels', 'show_code', 'get_instructions', 'Instruction', 'Bytecode', ...OPCODE_ALL];

defineNativeModule({
  name: 'dis',
  doc: 'Disassembler of Python byte code into mnemonics.',
  all: DIS_ALL,
  functions: FUNCTIONS,
  values: disTableValues,
  init: (module) => {
    // `disco = disassemble`: the same function.
    const disassembleFunction = dictGetStr(module.namespace, 'disassemble');
    if (disassembleFunction !== null) dictSetStr(module.namespace, 'disco', disassembleFunction);
    // `from opcode import *`: the same objects as the `opcode` module's.
    for (const name of OPCODE_ALL) {
      const value = importFrom(module, 'opcode', name);
      dictSetStr(module.namespace, name, value);
      decref(value);
    }
    const [base, instruction] = makeInstructionClasses();
    dictSetStr(module.namespace, '_Instruction', base);
    decref(base);
    dictSetStr(module.namespace, 'Instruction', instruction);
    decref(instruction);
    const bytecode = makeBytecodeClass(module, getCodeObject);
    dictSetStr(module.namespace, 'Bytecode', bytecode);
    decref(bytecode);
    // `FORMAT_VALUE_CONVERTERS`: ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii')).
    const converters = newTupleStealing(CONVERTERS.map((c) => newTupleStealing([c === null ? incref(None) : builtin(c), newStr(c ?? '')])));
    dictSetStr(module.namespace, 'FORMAT_VALUE_CONVERTERS', converters);
    decref(converters);
    const haveCode = haveCodeTuple();
    dictSetStr(module.namespace, '_have_code', haveCode);
    decref(haveCode);
    for (const [name, value] of [['_OPNAME_WIDTH', 20], ['_OPARG_WIDTH', 5]] as const) {
      const v = newInt(value);
      dictSetStr(module.namespace, name, v);
      decref(v);
    }
  },
});
