/**
 * Pieces of generated source that jit-codegen.ts (instructions on the frame's value stack) and
 * jit-virtual.ts (instructions on values held in JS locals) both write: reference drops, the
 * number and comparison fast paths, attribute caches, and the decoded instructions they work on.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { floatType } from '../objects/float.ts';
import { intType } from '../objects/int.ts';
import type { BinaryOpName } from '../runtime/object.ts';
import { INPLACE_OPCODE_SLOTS } from './number-opcodes.ts';

/** Drops a reference held in a local of the generated code (`Py_DECREF`, inline). */
export const D = (x: string): string => `if (--${x}.refcnt === 0) destroy(${x});`;
/** `Py_XDECREF`, inline. */
export const XD = (x: string): string => `if (${x} != null && --${x}.refcnt === 0) destroy(${x});`;
/** {@link D} in an instruction that syncs the frame only where it escapes: `sync` before the dealloc. */
export const DS = (x: string, sync: string): string => `if (--${x}.refcnt === 0) { ${sync} destroy(${x}); }`;
/** {@link XD} with `sync` before the dealloc, as {@link DS}. */
export const XDS = (x: string, sync: string): string => `if (${x} != null && --${x}.refcnt === 0) { ${sync} destroy(${x}); }`;

/** One decoded instruction: where it starts (its EXTENDED_ARG prefixes included) and where the next starts. */
export interface Instruction {
  readonly offset: number;
  readonly opcode: number;
  readonly oparg: number;
  readonly next: number;
}

/** The instructions of `bytes`, EXTENDED_ARG folded into the instruction it extends. */
export function decode(bytes: Uint8Array | readonly number[]): Instruction[] {
  const out: Instruction[] = [];
  let pc = 0;
  while (pc < bytes.length) {
    const offset = pc;
    let opcode = bytes[pc] as number;
    let oparg = bytes[pc + 1] as number;
    pc += 2;
    while (opcode === Op.EXTENDED_ARG && pc < bytes.length) {
      opcode = bytes[pc] as number;
      oparg = (oparg << 8) | (bytes[pc + 1] as number);
      pc += 2;
    }
    out.push({ offset, opcode, oparg, next: pc });
  }
  return out;
}

/** The float slots that are one JS operation on the two doubles (`float_add`, `float_sub`, `float_mul` never raise). */
const FLOAT_JS: Partial<Record<string, string>> = { add: '+', subtract: '-', multiply: '*' };

/**
 * A binary operation on two ints or two floats calls the type's slot directly: what
 * `binaryOp`/`inplaceOp` would call for them (neither type has in-place slots), without the
 * search through both operands' slots. An int with a float goes straight to float's slot: int's
 * would return NotImplemented first, which changes nothing. Two floats added, subtracted or
 * multiplied make the new float here. Statements leaving the result in `r`:
 * `fast(call)` runs a slot call, `general` every other operand pair.
 */
export function numberOperation(slot: BinaryOpName | 'power', fast: (call: string) => string, general: string): string {
  if (slot === 'power' || intType.nb[slot] === undefined) return general;
  const floats = floatType.nb[slot] !== undefined;
  const js = FLOAT_JS[slot];
  const fl = js === undefined ? '' : `if ((t = v.type) === floatType && w.type === floatType) { ${fast(`newFloat(v.value ${js} w.value)`)} } else `;
  const same = `${fl}if ((t = v.type) === (u = w.type) && (t === intType${floats ? ' || t === floatType' : ''})) { ${fast(`t.nb.${slot}(v, w)`)} }`;
  const mixed = floats ? ` else if ((t === floatType || t === intType) && (u === floatType || u === intType)) { ${fast(`floatType.nb.${slot}(v, w)`)} }` : '';
  return `${same}${mixed} else { ${general} }`;
}

/**
 * The general call of a binary or in-place instruction, leaving the result in `r`: `binaryOp` or
 * `inplaceOp`, and for BINARY_ADD and INPLACE_ADD of two exact strs, `concatenateStrs`, told
 * which instruction comes next (str-concatenate.ts), as the interpreter loop does.
 */
export function generalOperation(ins: Instruction, slot: BinaryOpName | 'power', bytes: Uint8Array | readonly number[]): string {
  const call = `${ins.opcode in INPLACE_OPCODE_SLOTS ? 'inplaceOp' : 'binaryOp'}(v, w, '${slot}')`;
  if (ins.opcode !== Op.BINARY_ADD && ins.opcode !== Op.INPLACE_ADD) return `r = ${call};`;
  const strs = `concatenateStrs(f, v, w, ${bytes[ins.next] ?? 0}, ${bytes[ins.next + 1] ?? 0})`;
  return `r = v.type === strType && w.type === strType ? ${strs} : ${call};`;
}

/**
 * COMPARE_OP `<` ... `>=` of ints (within the safe-integer range, so exactly doubles) and floats
 * compares the numbers here, as `long_richcompare` and `float_richcompare` would; `richCompare`'s
 * recursion check would neither raise nor change any state (the depth is below the limit and no
 * overflow is being recovered from), so it is skipped.
 */
export function compareFastPath(op: number, sync: string): string {
  const js = ['<', '<=', '===', '!==', '>', '>='][op] as string;
  return `if (((t = v.type) === intType || t === floatType) && ((u = w.type) === intType || u === floatType) && typeof (x = v.value) === 'number' && typeof (y = w.value) === 'number'
      && tstate.recursionDepth < tstate.recursionLimit && !tstate.overflowed) { r = x ${js} y ? True : False; r.refcnt++; }
    else { ${sync} r = richCompare(v, w, ${op}); }`;
}

/** How often an attribute site looks for a cacheable entry before it gives up. */
export const ATTR_PROBES = 16;

/**
 * The per-instruction cache of LOAD_ATTR or STORE_ATTR: the type and `version` under which the
 * attribute was an instance-dict entry (instanceAttrIndex) and the entry's position. A hit
 * checks the key's text at that position; a miss takes the general path and looks again.
 */
export function attrCache(offset: number, decls: string[]): { type: string; version: string; index: string; probe: (obj: string, name: string, store: boolean) => string } {
  const [type, version, index, probes] = [`at${offset}`, `av${offset}`, `ai${offset}`, `ap${offset}`];
  decls.push(`let ${type} = null, ${version} = -1, ${index} = 0, ${probes} = 0;`);
  return {
    type,
    version,
    index,
    probe: (obj, name, store) => `if (${probes} < ${ATTR_PROBES}) { ${probes}++; ${index} = instanceAttrIndex(${obj}, ${name}, ${store});
      if (${index} >= 0) { ${type} = ${obj}.type; ${version} = ${type}.version; } else { ${type} = null; ${index} = 0; } }`,
  };
}


/**
 * LOAD_ATTR of the object in `v`: the attribute in `r`, a new reference (`v` is still held). An
 * instance-dict attribute is read at the position cached for the type's version; anything else
 * takes the general path, after `sync`, where a missing attribute's AttributeError comes back in
 * `r` for `onRaise` to hand on (jit-codegen.ts `raiseInHand`), not thrown.
 */
export function loadAttr(ins: Instruction, decls: string[], sync: string, onRaise: string): string {
  const c = attrCache(ins.offset, decls);
  const name = `n${ins.oparg}`;
  return `t = v.type;
        if (t === ${c.type} && t.version === ${c.version} && (w = v.dict) !== null && (x = w.storage).keys[${c.index}]?.value === ${name}.value) {
          r = x.values[${c.index}]; r.refcnt++;
        } else {
          ${sync} r = getAttrOrNull(v, ${name}); if (r === null) { r = attributeMissing(v, ${name}); ${onRaise} }
          ${c.probe('v', name, false)}
        }`;
}

/** STORE_ATTR of the value in `v` to the object in `w`, both references it consumes; as {@link loadAttr}. */
export function storeAttr(ins: Instruction, decls: string[], sync: string): string {
  const c = attrCache(ins.offset, decls);
  const name = `n${ins.oparg}`;
  return `t = w.type;
        if (t === ${c.type} && t.version === ${c.version} && (r = w.dict) !== null && (x = r.storage).keys[${c.index}]?.value === ${name}.value) {
          y = x.values[${c.index}]; x.values[${c.index}] = v; ${DS('y', sync)} ${DS('w', sync)}
        } else {
          ${sync}
          try { setAttr(w, ${name}, v); } finally { ${D('v')} ${D('w')} }
          ${c.probe('w', name, true)}
        }`;
}

/**
 * LOAD_GLOBAL into `v`, a new reference: the entry position found last time (globalIndex),
 * checked by key identity; a builtin also needs the globals unchanged in their keys since they
 * were seen not to have it. Namespaces that are not exact dicts get GLOBAL_BY_MAPPING, which no
 * entry matches, and are looked in by loadGlobal each time.
 */
export function loadGlobal(ins: Instruction, decls: string[], sync: string): string {
  const [i, d, ver] = [`gi${ins.offset}`, `gd${ins.offset}`, `gv${ins.offset}`];
  const name = `n${ins.oparg}`;
  decls.push(`let ${i} = 0, ${d} = null, ${ver} = -1;`);
  return `w = f.globals; r = w.storage;
        if (${i} >= 0 && r.keys[${i}] === ${name}) { v = r.values[${i}]; v.refcnt++; }
        else if (${i} < 0 && w === ${d} && r.version === ${ver} && f.builtins.storage?.keys[~${i}] === ${name}) { v = f.builtins.storage.values[~${i}]; v.refcnt++; }
        else {
          ${sync} ${i} = globalIndex(f, ${name}); ${d} = w; ${ver} = r.version;
          if (${i} === GLOBAL_BY_MAPPING) v = loadGlobalByMapping(f, ${name});
          else { v = ${i} >= 0 ? r.values[${i}] : f.builtins.storage.values[~${i}]; v.refcnt++; }
        }`;
}

/** POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE on the value in `v`, already popped (its reference is dropped). */
export function popJump(ins: Instruction, sync: string): string {
  const onTrue = ins.opcode === Op.POP_JUMP_IF_TRUE;
  const jump = `pc = ${ins.oparg}; continue;`;
  // True and False are immortal: dropping them never frees.
  return `if (v === True) { v.refcnt--; ${onTrue ? jump : ''} }
        else if (v === False) { v.refcnt--; ${onTrue ? '' : jump} }
        else { ${sync} if (${onTrue ? '' : '!'}truthDropping(v)) { ${jump} } }`;
}
