/**
 * The tables of the `opcode` module, which `dis` re-exports (`opname`, `opmap`, `cmp_op`, the
 * `has*` lists, `HAVE_ARGUMENT`, `EXTENDED_ARG`, `stack_effect`), and `dis`'s own
 * `COMPILER_FLAG_NAMES` and `pretty_flags`, all read off the generated opcode table the compiler
 * uses. Mirrors CPython 3.8 Lib/opcode.py, Lib/dis.py `pretty_flags` and Modules/_opcode.c
 * `stack_effect`.
 * @module
 */
import { ARG_KIND, CMP_OP, CodeFlag, HAVE_ARGUMENT, Op, OPNAME, type ArgKind, type OpName } from '../bytecode/opcodes.ts';
import { stackEffect } from '../compiler/stack-depth.ts';
import { dictSet, dictSetStr, newDict } from '../objects/dict.ts';
import { False, PyInt, True, newInt } from '../objects/int.ts';
import { newListStealing } from '../objects/list.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { internStr, newStr } from '../objects/str.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { overflowError, typeError, valueError } from '../runtime/errors.ts';
import { warnDeprecation } from '../runtime/abstract-number.ts';
import { indexValueOrNull } from '../objects/slice.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { tpName } from '../runtime/type-name.ts';
import { intArg as clinicIntArg } from '../objects/list-methods.ts';

/** The `has*` lists of Lib/opcode.py, in its order (`hasnargs` is empty in 3.8). */
const HAS_LISTS: readonly (ArgKind | 'hasnargs')[] = ['hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'hasnargs'];

/**
 * The opcode names in `opmap` order: Lib/opcode.py defines them by number, except that
 * `EXTENDED_ARG` (144) comes right after `LOAD_CLASSDEREF` (148).
 */
function opmapOrder(): OpName[] {
  const names: OpName[] = (Object.keys(Op) as OpName[]).filter((n) => n !== 'EXTENDED_ARG');
  names.splice(names.indexOf('LOAD_CLASSDEREF') + 1, 0, 'EXTENDED_ARG');
  return names;
}

/** `co_flags` bit → name without the `CO_` prefix (`dis.COMPILER_FLAG_NAMES`). */
const FLAG_NAMES: ReadonlyMap<number, string> = new Map(Object.entries(CodeFlag).map(([name, bit]) => [bit, name.slice(3)]));

/**
 * `dis.pretty_flags(flags)`: the names of the set bits, unknown ones in hex.
 *
 * @param flags - a `co_flags` value
 * @returns the names joined by `, `
 * @example
 * ```ts
 * prettyFlags(0x43n); // 'OPTIMIZED, NEWLOCALS, NOFREE'
 * ```
 * @see CPython 3.8 Lib/dis.py pretty_flags
 */
export function prettyFlags(flags: bigint): string {
  const names: string[] = [];
  let rest = flags;
  for (let i = 0n; i < 32n; i++) {
    const bit = 1n << i;
    if ((rest & bit) !== 0n) {
      names.push(FLAG_NAMES.get(Number(bit)) ?? `0x${bit.toString(16)}`);
      rest ^= bit;
      if (rest === 0n) return names.join(', ');
    }
  }
  // The `for … else` of Lib/dis.py: the bits left over (or 0 for no flags at all).
  names.push(rest < 0n ? `-0x${(-rest).toString(16)}` : `0x${rest.toString(16)}`);
  return names.join(', ');
}

/** An `int` argument as `_PyLong_AsInt` takes it. */
function intArg(o: PyObject): number {
  if (!(o instanceof PyInt)) throw typeError(`an integer is required (got type ${tpName(o.type)})`);
  return Number(o.value);
}

/**
 * `(int)PyLong_AsLong(o)`: an int, or `__index__`, else `__int__` with 3.8's DeprecationWarning;
 * past a C long an OverflowError, and the cast to a C int keeps the low 32 bits.
 */
function longAsCInt(o: PyObject): number {
  let v: number | bigint | null = o instanceof PyInt ? o.value : indexValueOrNull(o);
  if (v === null && o.type.nbInt !== undefined) {
    warnDeprecation(`an integer is required (got type ${tpName(o.type)}).  Implicit conversion to integers using __int__ is deprecated, and may be removed in a future version of Python.`);
    const r = o.type.nbInt(o);
    v = r instanceof PyInt ? r.value : null;
    decref(r);
  }
  if (v === null) throw typeError(`an integer is required (got type ${tpName(o.type)})`);
  const big = BigInt(v);
  if (big >= 2n ** 63n || big < -(2n ** 63n)) throw overflowError('Python int too large to convert to C long');
  return Number(BigInt.asIntN(32, big));
}

/**
 * `stack_effect(opcode, oparg=None, /, *, jump=None)`.
 *
 * @see CPython 3.8 Modules/_opcode.c _opcode_stack_effect_impl
 */
function stackEffectImpl(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError(`stack_effect() takes at least 1 positional argument (${npos} given)`);
  if (npos > 2) throw typeError(`stack_effect() takes at most 2 positional arguments (${npos} given)`);
  let jump: PyObject = None;
  (kwnames ?? []).forEach((k, i) => {
    if (k !== 'jump') throw typeError(`'${k}' is an invalid keyword argument for stack_effect()`);
    jump = args[npos + i] as PyObject;
  });
  // Argument Clinic's `int` converter; the impl converts `oparg` itself.
  const opcode = clinicIntArg(args[0] as PyObject);
  const oparg = npos > 1 ? (args[1] as PyObject) : None;
  let opargInt = 0;
  if (opcode >= HAVE_ARGUMENT) {
    if (oparg === None) throw valueError('stack_effect: opcode requires oparg but oparg was not specified');
    opargInt = longAsCInt(oparg);
  } else if (oparg !== None) {
    throw valueError('stack_effect: opcode does not permit oparg but oparg was specified');
  }
  let jumpInt: number;
  if (jump === None) jumpInt = -1;
  else if (jump === True) jumpInt = 1;
  else if (jump === False) jumpInt = 0;
  else throw valueError('stack_effect: jump must be False, True or None');
  if (opcode < 0 || opcode > 255 || OPNAME[opcode] === undefined) throw valueError('invalid opcode or oparg');
  return newInt(stackEffect(opcode, opargInt, jumpInt));
}

/** `opcode.stack_effect`, which `_opcode` defines (its `__module__`). */
export const STACK_EFFECT_DEF: NativeDef = {
  name: 'stack_effect', kind: 'fastkw', cModule: '_opcode',
  doc: 'stack_effect($module, opcode, oparg=None, /, *, jump=None)\n--\n\nCompute the stack effect of the opcode.',
  impl: (_m, args, kwnames) => stackEffectImpl(args, kwnames),
};

/** `opcode.__all__`, which `dis` re-exports (`from opcode import *`). */
export const OPCODE_ALL: readonly string[] = [
  'cmp_op', 'hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'opname', 'opmap',
  'HAVE_ARGUMENT', 'EXTENDED_ARG', 'hasnargs', 'stack_effect',
];

/** The functions `dis` defines beside the ones it takes from `opcode`. */
export const DIS_TABLE_FUNCTIONS: readonly NativeDef[] = [
  { name: 'pretty_flags', kind: 'o', impl: (_m, args) => newStr(prettyFlags(BigInt(intArg(args[0] as PyObject)))) },
];

/**
 * The values of the `opcode` module (all of {@link OPCODE_ALL} but `stack_effect`), as new
 * references.
 *
 * @returns (name, value) pairs for the module namespace
 * @example
 * ```ts
 * const values = opcodeTableValues(); // [['cmp_op', ...], ['hasconst', [100]], ...]
 * ```
 * @see CPython 3.8 Lib/opcode.py
 */
export function opcodeTableValues(): [string, PyObject][] {
  const opname = newListStealing(OPNAME.map((name, i) => newStr(name ?? `<${i}>`)));
  const opmap = newDict();
  for (const name of opmapOrder()) {
    const num = newInt(Op[name]);
    dictSetStr(opmap, name, num);
    decref(num);
  }
  const has = HAS_LISTS.map((kind): [string, PyObject] => {
    const nums = (Object.keys(Op) as OpName[]).filter((n) => ARG_KIND[n] === kind).map((n) => newInt(Op[n]));
    return [kind, newListStealing(nums)];
  });
  return [
    ['cmp_op', newTupleStealing(CMP_OP.map((op) => internStr(op)))],
    ...has,
    ['opname', opname],
    ['opmap', opmap],
    ['HAVE_ARGUMENT', newInt(HAVE_ARGUMENT)],
    ['EXTENDED_ARG', newInt(Op.EXTENDED_ARG)],
  ];
}

/**
 * The values `dis` defines itself (`COMPILER_FLAG_NAMES`, the `FORMAT_VALUE` and `MAKE_FUNCTION`
 * constants), as new references.
 *
 * @returns (name, value) pairs for the module namespace
 * @see CPython 3.8 Lib/dis.py
 */
export function disTableValues(): [string, PyObject][] {
  const flagNames = newDict();
  for (const [bit, name] of FLAG_NAMES) {
    const k = newInt(bit);
    const v = newStr(name);
    dictSet(flagNames, k, v);
    decref(k);
    decref(v);
  }
  return [
    ['COMPILER_FLAG_NAMES', flagNames],
    ['FORMAT_VALUE', newInt(Op.FORMAT_VALUE)],
    ['MAKE_FUNCTION', newInt(Op.MAKE_FUNCTION)],
    ['MAKE_FUNCTION_FLAGS', newTupleStealing(['defaults', 'kwdefaults', 'annotations', 'closure'].map((s) => newStr(s)))],
  ];
}
