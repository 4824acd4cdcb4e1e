/**
 * `dis.Instruction` (a subclass of the namedtuple `_Instruction` with `_disassemble`), the
 * instructions of a code object as Instruction tuples (`get_instructions`, `Bytecode.__iter__`)
 * and `findlabels`. Mirrors CPython 3.8 Lib/dis.py `Instruction`, `_get_instructions_bytes` and
 * `findlabels`.
 * @module
 */
import { formatInstruction } from '../bytecode/dis.ts';
import { getInstructionsWith, type ArgTables } from '../bytecode/instructions.ts';
import { ARG_KIND, CMP_OP, HAVE_ARGUMENT, Op, OPNAME } from '../bytecode/opcodes.ts';
import { PyCode } from '../objects/code.ts';
import { dictGetStr, isDict } from '../objects/dict.ts';
import { PyFrame } from '../objects/frame.ts';
import { PyInt, newBool, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import type { PyModule } from '../objects/module.ts';
import { None } from '../objects/singletons.ts';
import { internStr, newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { isTrue } from '../runtime/abstract-compare.ts';
import { iterableToArray } from '../runtime/abstract-iter.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import { typeType } from '../runtime/core-types.ts';
import { raiseMessage } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { newAbcIterator } from './collections-abc-iter.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { makeClass } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';
import { namedtuple } from './collections-namedtuple.ts';
import { codeItem } from './dis-listing.ts';

/** `_Instruction`'s fields, in order. */
const FIELDS = 'opname opcode arg argval argrepr offset starts_line is_jump_target';

/** `Instruction.__doc__`. */
const INSTRUCTION_DOC = `Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
    `;

/** Runs `f` on attribute `name` of `o` (a new reference released afterwards). */
function withAttr<T>(o: PyObject, name: string, f: (v: PyObject) => T): T {
  const v = getAttrString(o, name);
  try {
    return f(v);
  } finally {
    decref(v);
  }
}

/**
 * `Instruction._disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4)`,
 * formatted by the same code as `dis.dis`'s listing.
 */
function disassembleMethod(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [self, linenoArg, markArg, offsetArg] = bindArgs('_disassemble', args, kwnames, ['self', 'lineno_width', 'mark_as_current', 'offset_width'], 3) as [PyObject, ...(PyObject | undefined)[]];
  const width = (o: PyObject | undefined, dflt: number): number => (o instanceof PyInt ? Number(o.value) : dflt);
  const linenoWidth = linenoArg === undefined ? 3 : isTrue(linenoArg) ? width(linenoArg, 3) : 0;
  const startsLine = withAttr(self, 'starts_line', (v) => (v === None ? undefined : strText(v)));
  const arg = withAttr(self, 'arg', (v) => (v === None ? undefined : reprText(v)));
  const line = formatInstruction({
    opname: withAttr(self, 'opname', strText),
    argrepr: withAttr(self, 'argrepr', (v) => (isTrue(v) ? strText(v) : '')),
    isJumpTarget: withAttr(self, 'is_jump_target', isTrue),
    startsLine,
    offset: withAttr(self, 'offset', reprText),
    arg,
  }, { linenoWidth, offsetWidth: width(offsetArg, 4), markAsCurrent: markArg !== undefined && isTrue(markArg) });
  return newStr(line);
}

/**
 * Makes `_Instruction` and `Instruction` for a fresh `dis` module.
 *
 * @returns the two classes, as new references: `[_Instruction, Instruction]`
 * @see CPython 3.8 Lib/dis.py Instruction
 */
export function makeInstructionClasses(): [PyObject, PyType] {
  const typename = newStr('_Instruction');
  const fields = newStr(FIELDS);
  const moduleName = newStr('dis');
  let base: PyObject;
  try {
    base = namedtuple([typename, fields, moduleName], ['module']);
  } finally {
    decref(typename);
    decref(fields);
    decref(moduleName);
  }
  const cls = makeClass({
    name: 'Instruction', module: 'dis', meta: typeType, bases: [base], doc: INSTRUCTION_DOC,
    body: [{ kind: 'function', def: { name: '_disassemble', impl: disassembleMethod } }],
  });
  return [base, cls];
}

/** `FORMAT_VALUE_CONVERTERS`' functions by the low two bits of the argument (None first). */
export const CONVERTERS = [null, 'str', 'repr', 'ascii'] as const;

/**
 * A builtin of the running frame (`str`, `repr`, `ascii`), as a new reference (None without a frame).
 *
 * @param name - the builtin's name
 * @returns a new reference
 */
export function builtin(name: string): PyObject {
  const frame = tstate.frame;
  const v = frame instanceof PyFrame && isDict(frame.builtins) ? dictGetStr(frame.builtins, name) : null;
  return incref(v ?? None);
}

/** `argval` for an instruction with an argument, as `_get_instructions_bytes` resolves it. */
function argValue(code: PyCode, op: number, arg: number, offset: number): PyObject {
  const name = OPNAME[op];
  switch (name === undefined ? undefined : ARG_KIND[name]) {
    case 'hasconst':
      return incref(codeItem(code.consts, arg));
    case 'hasname':
      return incref(codeItem(code.names, arg));
    case 'hasjrel':
      return newInt(offset + 2 + arg);
    case 'haslocal':
      return incref(codeItem(code.varnames, arg));
    case 'hascompare':
      return internStr(CMP_OP[arg] ?? '');
    case 'hasfree':
      return incref(codeItem(code.cellAndFreeNames, arg));
    case 'hasjabs':
    case undefined:
      break;
  }
  if (op === Op.FORMAT_VALUE) {
    const conv = CONVERTERS[arg & 0x3] ?? null;
    return newTupleStealing([conv === null ? incref(None) : builtin(conv), newBool((arg & 0x4) !== 0)]);
  }
  return newInt(arg);
}

/**
 * The generator `_get_instructions_bytes` returns: the instructions of `code` as `dis.Instruction`
 * tuples, made one at a time as it is stepped, each of the class the module's namespace holds
 * then (the generator looks up its global at every `yield`).
 *
 * @param module - the `dis` module
 * @param code - the code object
 * @param lineOffset - added to each `starts_line`
 * @returns a new reference to the iterator
 * @see CPython 3.8 Lib/dis.py _get_instructions_bytes
 */
export function instructionIterator(module: PyModule, code: PyCode, lineOffset: number): PyObject {
  // The argument's text is made from `argval` below: the objects this code object holds (a code
  // object made by `types.CodeType` or `replace()` has no compiler form of its constants).
  const tables: ArgTables = { constant: () => '', name: () => '', local: () => '', free: () => '' };
  const instructions = getInstructionsWith(code.co, tables);
  let next = 0;
  return newAbcIterator('_get_instructions_bytes', [incref(module), incref(code)], () => {
    const instr = instructions[next++];
    if (instr === undefined) return null;
    const cls = dictGetStr(module.namespace, 'Instruction');
    if (cls === null) throw raiseMessage(E.NameError, "name 'Instruction' is not defined");
    const argval = instr.arg === undefined ? incref(None) : argValue(code, instr.opcode, instr.arg, instr.offset);
    const kind = instr.opcode >= HAVE_ARGUMENT ? ARG_KIND[instr.opname as keyof typeof ARG_KIND] : undefined;
    const argrepr = kind === 'hasconst' ? reprText(argval) : kind === 'hasname' || kind === 'haslocal' || kind === 'hasfree' ? strText(argval) : instr.argrepr;
    const fields = [
      newStr(instr.opname), newInt(instr.opcode), instr.arg === undefined ? incref(None) : newInt(instr.arg), argval,
      newStr(argrepr), newInt(instr.offset),
      instr.startsLine === undefined ? incref(None) : newInt(instr.startsLine + lineOffset), newBool(instr.isJumpTarget),
    ];
    try {
      return callObject(cls, fields);
    } finally {
      for (const f of fields) decref(f);
    }
  });
}

/**
 * `dis.findlabels(code)`: the jump targets of raw bytecode, in first-seen order.
 *
 * @param code - a bytes-like object (any iterable of ints)
 * @returns a new list of ints
 * @see CPython 3.8 Lib/dis.py findlabels
 */
export function findLabels(code: PyObject): PyObject {
  const bytes = iterableToArray(code).map((b) => {
    const v = b instanceof PyInt ? Number(b.value) : 0;
    decref(b);
    return v;
  });
  const labels: number[] = [];
  let extendedArg = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    const op = bytes[i] ?? 0;
    if (op < HAVE_ARGUMENT) continue;
    const arg = (bytes[i + 1] ?? 0) + extendedArg;
    extendedArg = op === Op.EXTENDED_ARG ? arg * 256 : 0;
    const name = OPNAME[op];
    const kind = name === undefined ? undefined : ARG_KIND[name];
    const label = kind === 'hasjrel' ? i + 2 + arg : kind === 'hasjabs' ? arg : undefined;
    if (label !== undefined && !labels.includes(label)) labels.push(label);
  }
  return newListStealing(labels.map((l) => newInt(l)));
}
