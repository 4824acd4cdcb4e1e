/**
 * The helpers of Lib/dis.py that programs reach by their underscored names: `_try_compile`,
 * `_unpack_opargs`, `_get_const_info`, `_get_name_info`, `_format_code_info` and `_have_code`
 * (`_disassemble_recursive` and `_disassemble_str` print, so they live with `dis` in dis.ts).
 * Mirrors CPython 3.8 Lib/dis.py.
 * @module
 */
import { HAVE_ARGUMENT, Op } from '../bytecode/opcodes.ts';
import { PyCode, codeType } from '../objects/code.ts';
import { classMethodType, staticMethodType } from '../objects/descr-types.ts';
import * as E from '../objects/exceptions.ts';
import { functionType } from '../objects/function.ts';
import { PyInt, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import { methodType } from '../objects/method.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { getIter, iterableToArray } from '../runtime/abstract-iter.ts';
import { getItem } from '../runtime/abstract-item.ts';
import { reprText } from '../runtime/abstract-object.ts';
import { typeType } from '../runtime/core-types.ts';
import { PyRaise, attributeError, clearRaise, exceptionMatches, typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { bindArgs } from './abc-function.ts';
import { compileSource } from './builtins-exec.ts';
import { formatCodeInfo } from './dis-bytecode.ts';

/**
 * `_try_compile(source, name)`: the source compiled as an expression, else as statements.
 *
 * @param source - the source text
 * @param name - the file name the code object carries
 * @returns a new code object
 */
export function tryCompile(source: string, name: string): PyCode {
  try {
    return new PyCode(compileSource(source, name, 'eval'));
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.SyntaxError)) throw e;
    clearRaise(e);
    return new PyCode(compileSource(source, name, 'exec'));
  }
}

/** An iterator over a new list of `items` (stolen): what the generator helpers yield, in order. */
function iterateStealing(items: PyObject[]): PyObject {
  const list = newListStealing(items);
  try {
    return getIter(list);
  } finally {
    decref(list);
  }
}

/** `_unpack_opargs(code)`: `(offset, opcode, arg)` for each 2-byte unit, EXTENDED_ARG folded into the next argument. */
function unpackOpargs(code: PyObject): PyObject {
  const items = iterableToArray(code);
  const bytes = items.map((b) => (b instanceof PyInt ? Number(b.value) : 0));
  for (const b of items) decref(b);
  const out: PyObject[] = [];
  let extendedArg = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    const op = bytes[i] as number;
    let arg: number | null = null;
    if (op >= HAVE_ARGUMENT) {
      arg = (bytes[i + 1] ?? 0) | extendedArg;
      extendedArg = op === Op.EXTENDED_ARG ? arg << 8 : 0;
    }
    out.push(newTupleStealing([newInt(i), newInt(op), arg === null ? incref(None) : newInt(arg)]));
  }
  return iterateStealing(out);
}

/** `_get_const_info(const_index, const_list)`: `(argval, repr(argval))`, the constant when a list is given. */
function constInfo(index: PyObject, list: PyObject): PyObject {
  const argval = list === None ? incref(index) : getItem(list, index);
  let argrepr: PyObject;
  try {
    argrepr = newStr(reprText(argval));
  } catch (e) {
    decref(argval);
    throw e;
  }
  return newTupleStealing([argval, argrepr]);
}

/** `_get_name_info(name_index, name_list)`: `(argval, argrepr)`, the name itself when a list is given, else the index and its repr. */
function nameInfo(index: PyObject, list: PyObject): PyObject {
  if (list === None) {
    const argrepr = newStr(reprText(index));
    return newTupleStealing([incref(index), argrepr]);
  }
  const argval = getItem(list, index);
  return newTupleStealing([argval, incref(argval)]);
}

/** `_have_code`: the kinds of objects `dis` disassembles from a class or module namespace. */
export function haveCodeTuple(): PyObject {
  return newTupleStealing([methodType, functionType, codeType, classMethodType, staticMethodType, typeType].map((t) => incref(t)));
}

/** The module's underscored helper functions. */
export const DIS_PRIVATE_FUNCTIONS: readonly NativeDef[] = [
  {
    name: '_try_compile', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [source, name] = bindArgs('_try_compile', args, kwnames, ['source', 'name']) as [PyObject, PyObject];
      if (!(source instanceof PyStr)) throw typeError('compile() arg 1 must be a string, bytes or AST object');
      if (!(name instanceof PyStr)) throw typeError(`expected str, bytes or os.PathLike object, not ${tpName(name.type)}`);
      return tryCompile(source.value, name.value);
    },
  },
  {
    name: '_unpack_opargs', kind: 'fastkw',
    impl: (_m, args, kwnames) => unpackOpargs((bindArgs('_unpack_opargs', args, kwnames, ['code']) as [PyObject])[0]),
  },
  {
    name: '_get_const_info', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [index, list] = bindArgs('_get_const_info', args, kwnames, ['const_index', 'const_list']) as [PyObject, PyObject];
      return constInfo(index, list);
    },
  },
  {
    name: '_get_name_info', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [index, list] = bindArgs('_get_name_info', args, kwnames, ['name_index', 'name_list']) as [PyObject, PyObject];
      return nameInfo(index, list);
    },
  },
  {
    name: '_format_code_info', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [co] = bindArgs('_format_code_info', args, kwnames, ['co']) as [PyObject];
      if (!(co instanceof PyCode)) throw attributeError(`'${tpName(co.type)}' object has no attribute 'co_name'`);
      return newStr(formatCodeInfo(co));
    },
  },
];
