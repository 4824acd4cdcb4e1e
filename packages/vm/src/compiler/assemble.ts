/**
 * The assembler: orders the basic blocks, resolves jumps (growing EXTENDED_ARG prefixes until
 * they fit), emits the bytecode and the line-number table, runs the peephole optimiser and builds
 * the code object. Mirrors CPython 3.8 Python/compile.c `assemble`, `dfs`,
 * `assemble_jump_offsets`, `assemble_emit`, `assemble_lnotab`, `compute_code_flags` and
 * `makecode`.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import { NONE } from '../bytecode/constant.ts';
import type { Constant } from '../bytecode/constant.ts';
import { CodeFlag, HAVE_ARGUMENT, Op } from '../bytecode/opcodes.ts';
import type { Compiler } from './compiler.ts';
import { BasicBlock, instrSize } from './flow-graph.ts';
import type { Instr } from './flow-graph.ts';
import { internStringConstants } from './intern-strings.ts';
import { optimizeBytecode } from './peephole.ts';
import { stackDepth } from './stack-depth.ts';

/** The future flags that go into co_flags (`PyCF_MASK` as far as 3.8's future.c sets them). */
const FUTURE_FLAG_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

interface DfsFrame {
  readonly end: number;
  j: number;
  block: BasicBlock | null;
  i: number;
}

/**
 * Orders the blocks reachable from `entry` in reverse post-order, as CPython's recursive `dfs`
 * does, with an explicit stack (a function of thousands of `if`s would overflow the JS stack).
 */
function orderBlocks(entry: BasicBlock, nblocks: number): BasicBlock[] {
  const postorder: (BasicBlock | undefined)[] = new Array<BasicBlock | undefined>(nblocks);
  let count = 0;
  const frames: DfsFrame[] = [];
  // The start of one `dfs` call: mark the fall-through chain, stacking it below `end`.
  const enter = (start: BasicBlock, end: number): void => {
    let j = end;
    for (let b: BasicBlock | null = start; b !== null && !b.seen; b = b.next) {
      b.seen = true;
      postorder[--j] = b;
    }
    frames.push({ end, j, block: null, i: 0 });
  };
  enter(entry, nblocks);
  for (let f = frames[frames.length - 1]; f !== undefined; f = frames[frames.length - 1]) {
    if (f.block === null) {
      if (f.j >= f.end) {
        frames.pop();
        continue;
      }
      f.block = postorder[f.j++] as BasicBlock;
      f.i = 0;
    }
    const instrs = f.block.instrs;
    let descended = false;
    while (f.i < instrs.length) {
      const instr = instrs[f.i++] as Instr;
      if (instr.jump !== null && instr.target !== null) {
        enter(instr.target, f.j);
        descended = true;
        break;
      }
    }
    if (descended) continue;
    postorder[count++] = f.block;
    f.block = null;
  }
  const order: BasicBlock[] = [];
  for (let i = count - 1; i >= 0; i--) order.push(postorder[i] as BasicBlock);
  return order;
}

/**
 * Resolves jump arguments to offsets; returns the code size in code units. (The loops over
 * instructions here and in {@link assemble} are indexed: a for-of costs an iterator step per
 * instruction until V8 optimises it.)
 */
function resolveJumps(order: readonly BasicBlock[]): number {
  for (;;) {
    let totsize = 0;
    for (const b of order) {
      b.offset = totsize;
      const instrs = b.instrs;
      for (let k = 0; k < instrs.length; k++) totsize += instrSize((instrs[k] as Instr).oparg);
    }
    let recompile = false;
    for (const b of order) {
      let bsize = b.offset;
      const instrs = b.instrs;
      for (let k = 0; k < instrs.length; k++) {
        const instr = instrs[k] as Instr;
        const isize = instrSize(instr.oparg);
        bsize += isize;
        if (instr.jump !== null && instr.target !== null) {
          let arg = instr.target.offset;
          if (instr.jump === 'rel') arg -= bsize;
          arg *= 2;
          instr.oparg = arg;
          if (instrSize(arg) !== isize) recompile = true;
        }
      }
    }
    if (!recompile) return totsize;
  }
}

class LnotabWriter {
  readonly bytes: number[] = [];
  private lineno: number;
  private linenoOff = 0;

  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  /** Records that the instruction at code-unit `offset` starts line `instrLineno` (`assemble_lnotab`). */
  add(offset: number, instrLineno: number): void {
    let dBytecode = (offset - this.linenoOff) * 2;
    let dLineno = instrLineno - this.lineno;
    if (dBytecode === 0 && dLineno === 0) return;
    while (dBytecode > 255) {
      this.bytes.push(255, 0);
      dBytecode -= 255;
    }
    if (dLineno < -128 || dLineno > 127) {
      const k = dLineno < 0 ? -128 : 127;
      const ncodes = dLineno < 0 ? Math.trunc(-dLineno / 128) : Math.trunc(dLineno / 127);
      dLineno -= ncodes * k;
      this.bytes.push(dBytecode, k & 0xff);
      dBytecode = 0;
      for (let j = 1; j < ncodes; j++) this.bytes.push(0, k & 0xff);
    }
    this.bytes.push(dBytecode, dLineno & 0xff);
    this.lineno = instrLineno;
    this.linenoOff = offset;
  }
}

/** Writes `instr` with its EXTENDED_ARG prefixes at byte `pos` of `out`; returns the next position. */
function emitInstr(out: Uint8Array, pos: number, instr: Instr): number {
  const arg = instr.oparg;
  const size = instrSize(arg);
  for (let shift = (size - 1) * 8; shift > 0; shift -= 8) {
    out[pos++] = Op.EXTENDED_ARG;
    out[pos++] = (arg >>> shift) & 0xff;
  }
  out[pos++] = instr.opcode;
  out[pos++] = instr.opcode >= HAVE_ARGUMENT ? arg & 0xff : 0;
  return pos;
}

function computeCodeFlags(c: Compiler): number {
  const ste = c.u.ste;
  let flags = 0;
  if (ste.type === 'function') {
    flags |= CodeFlag.CO_NEWLOCALS | CodeFlag.CO_OPTIMIZED;
    if (ste.nested) flags |= CodeFlag.CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CodeFlag.CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CodeFlag.CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CodeFlag.CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CodeFlag.CO_VARARGS;
    if (ste.varkeywords) flags |= CodeFlag.CO_VARKEYWORDS;
  }
  flags |= c.features & FUTURE_FLAG_MASK;
  // A module awaiting at top level runs as a coroutine.
  if (c.isTopLevelAwait() && ste.coroutine && !ste.generator) flags |= CodeFlag.CO_COROUTINE;
  return flags;
}

/**
 * Assembles the current unit of `c` into a code object.
 *
 * @param addNone - end with `return None` when the last block does not return
 * @see CPython 3.8 Python/compile.c assemble, makecode
 */
export function assemble(c: Compiler, addNone: boolean): CodeObject {
  const u = c.u;
  if (!u.curblock.isReturn) {
    c.nextBlock();
    if (addNone) c.loadConst(NONE);
    c.addOp(Op.RETURN_VALUE);
  }
  const entry = u.blocks[0] as BasicBlock;
  if (!u.firstlineno) {
    const first = entry.instrs[0];
    u.firstlineno = first !== undefined && first.lineno ? first.lineno : 1;
  }
  const order = orderBlocks(entry, u.blocks.length);
  const out = new Uint8Array(2 * resolveJumps(order));
  const lnotab = new LnotabWriter(u.firstlineno);
  let pos = 0;
  for (const b of order) {
    const instrs = b.instrs;
    for (let k = 0; k < instrs.length; k++) {
      const instr = instrs[k] as Instr;
      if (instr.lineno) lnotab.add(pos >> 1, instr.lineno);
      pos = emitInstr(out, pos, instr);
    }
  }
  const consts = [...u.consts];
  const names = u.names.keys();
  const flags0 = computeCodeFlags(c);
  const optimized = optimizeBytecode(out, consts, names, Uint8Array.from(lnotab.bytes));
  const cellvars = u.cellvars.keys();
  const freevars = u.freevars.keys();
  let flags = flags0;
  if (freevars.length === 0 && cellvars.length === 0) flags |= CodeFlag.CO_NOFREE;
  return {
    argcount: u.posonlyargcount + u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    nlocals: u.varnames.size,
    stacksize: stackDepth(u.blocks),
    flags,
    code: optimized.code,
    // The peephole pass may append folded tuples to co_consts (CPython's list is shared).
    consts: internStringConstants((optimized as { readonly consts?: readonly Constant[] }).consts ?? consts, () => c.identifiers),
    names,
    varnames: u.varnames.keys(),
    freevars,
    cellvars,
    filename: c.filename,
    name: u.name,
    firstlineno: u.firstlineno,
    lnotab: optimized.lnotab,
  };
}
