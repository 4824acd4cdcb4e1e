/**
 * Compiled instructions on values held in JS locals instead of the frame's value stack
 * (jit-codegen.ts). Inside a charge group (straight-line code no jump lands in), what one
 * instruction pushes and a later one pops need never be written to `f.stack`: the generated code
 * keeps it in a local, and the {@link VirtualStack} remembers, while compiling, which locals stand
 * for the values above `sp`. They are written to the frame's stack wherever anyone could look:
 * before every call out (the same places an instruction of jit-codegen.ts `LAZY_SYNC` stores
 * `f_lasti`), before an instruction compiled the ordinary way, and at the end of the group; so
 * the unwinding, a traceback, the collector and the inspector find the stack the interpreter
 * would have built. Between those places the frame's stack above `sp` may hold stale copies,
 * which nobody reads.
 *
 * A group that ends with values in locals (a binary operation's result, FOR_ITER's next item)
 * leaves them there for the next group when nothing else leads to it (jit-codegen.ts): `total +=
 * x` or `for x in it:` store the value without it ever touching the frame's stack.
 *
 * An instruction reached with values still in locals has no `case` of its own: compiled code can
 * only be entered there by the interpreter (after a trace function was unset mid-group), and
 * then leaves the instruction to it, as it does an uncompiled one.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { CO_ASYNC_GENERATOR, type PyCode } from '../objects/code.ts';
import type { BinaryOpName } from '../runtime/object.ts';
import { JIT_RETURN, JIT_YIELD } from './jit-runtime.ts';
import { D, DS, XDS, compareFastPath, generalOperation, loadAttr, loadGlobal, numberOperation, popJump, storeAttr, type Instruction } from './jit-snippets.ts';
import { BINARY_OPCODE_SLOTS, INPLACE_OPCODE_SLOTS } from './number-opcodes.ts';

/**
 * The values a charge group has pushed and not yet written to the frame's stack, as the JS
 * expressions that hold them (a local `q<n>`, or a constant `k<n>`), bottom first: they stand for
 * `s[sp]`, `s[sp + 1]`, ... Each push gets a fresh local, assigned once, so one local may stand
 * for two entries (DUP_TOP) without either changing under the other.
 */
export class VirtualStack {
  entries: string[] = [];
  /** Locals handed out in the current group. */
  #next = 0;
  /** The most locals any group needed: the generated function declares `q0` to `q<most - 1>`. */
  most = 0;

  /** A local no entry of the group uses. */
  fresh(): string {
    const name = `q${this.#next++}`;
    if (this.#next > this.most) this.most = this.#next;
    return name;
  }

  /** Starts a group (its values are all on the frame's stack). */
  reset(): void {
    this.entries = [];
    this.#next = 0;
  }

  /** Statements that move every entry onto the frame's stack (`sp` grows); none is left. */
  flush(): string {
    const out = this.entries.map((e) => `s[sp++] = ${e};`).join(' ');
    this.entries = [];
    return out;
  }
}

/**
 * Statements that copy `entries` onto the frame's stack above `sp` (which stays), each followed by
 * a space (none for none), and the depth they make.
 */
export function materialize(entries: readonly string[]): { code: string; depth: string } {
  const code = entries.map((e, i) => `s[${i === 0 ? 'sp' : `sp + ${i}`}] = ${e}; `).join('');
  return { code, depth: entries.length === 0 ? 'sp' : `sp + ${entries.length}` };
}

/**
 * The code of `ins` on the group's values in locals, updating `vs`; null (with `vs` untouched)
 * when the instruction is compiled the ordinary way: it is not one of these, or it pops more than
 * the group holds in locals. `sync(entries)` is what stores the frame's state before a call
 * out, with `entries` on its stack; the code does all its syncing itself, since it decides
 * which values are on the stack where. `onRaise` hands on an exception in `r` that a call out
 * returned (jit-codegen.ts `raiseInHand`), with the frame synced.
 */
export function virtualBody(ins: Instruction, code: PyCode, vs: VirtualStack, decls: string[], sync: (entries: readonly string[]) => string, onRaise: string): string | null {
  const { opcode, oparg: a } = ins;
  const e = vs.entries;
  const n = e.length;
  const binary = BINARY_OPCODE_SLOTS[opcode] ?? INPLACE_OPCODE_SLOTS[opcode];
  if (binary !== undefined) return n < 2 ? null : numberOp(ins, code, binary, vs, sync);
  switch (opcode) {
    case Op.NOP:
      return '';
    case Op.LOAD_FAST: {
      const q = vs.fresh();
      const out = `${q} = L[${a}]; if (${q} == null) { ${sync(e)} throw unboundLocal(code, ${a}); } ${q}.refcnt++;`;
      e.push(q);
      return out;
    }
    case Op.LOAD_CONST:
      e.push(`k${a}`);
      return `k${a}.refcnt++;`;
    case Op.LOAD_CLOSURE: {
      const q = vs.fresh();
      e.push(q);
      return `${q} = L[${code.co.nlocals + a}]; ${q}.refcnt++;`;
    }
    case Op.LOAD_GLOBAL: {
      const q = vs.fresh();
      const out = `${loadGlobal(ins, decls, sync(e))} ${q} = v;`;
      e.push(q);
      return out;
    }
    case Op.STORE_FAST: {
      if (n < 1) return null;
      const q = e.pop() as string;
      return `w = L[${a}]; L[${a}] = ${q}; ${XDS('w', sync(e))}`;
    }
    case Op.POP_TOP: {
      if (n < 1) return null;
      const q = e.pop() as string;
      return XDS(q, sync(e));
    }
    case Op.ROT_TWO:
    case Op.ROT_THREE:
    case Op.ROT_FOUR: {
      const k = opcode === Op.ROT_TWO ? 2 : opcode === Op.ROT_THREE ? 3 : 4;
      if (n < k) return null;
      e.splice(n - k, 0, e.pop() as string);
      return '';
    }
    case Op.DUP_TOP: {
      if (n < 1) return null;
      const q = e[n - 1] as string;
      e.push(q);
      return `${q}.refcnt++;`;
    }
    case Op.DUP_TOP_TWO: {
      if (n < 2) return null;
      const [q, r] = [e[n - 2] as string, e[n - 1] as string];
      e.push(q, r);
      return `${q}.refcnt++; ${r}.refcnt++;`;
    }
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE: {
      if (n < 1) return null;
      const q = e.pop() as string;
      const below = vs.flush();
      return `${below} v = ${q}; ${popJump(ins, sync([]))}`;
    }
    case Op.JUMP_FORWARD:
      return `${vs.flush()} pc = ${ins.next + a}; continue;`;
    case Op.JUMP_ABSOLUTE:
      return `${vs.flush()} pc = ${a}; continue;`;
    case Op.LOAD_ATTR: {
      if (n < 1) return null;
      const q = vs.fresh();
      const head = `v = ${e[n - 1] as string}; ${loadAttr(ins, decls, sync(e), onRaise)} ${q} = r;`;
      e[n - 1] = q;
      return `${head} ${DS('v', sync(e))}`;
    }
    case Op.STORE_ATTR: {
      if (n < 2) return null;
      const owner = e.pop() as string;
      const value = e.pop() as string;
      return `w = ${owner}; v = ${value}; ${storeAttr(ins, decls, sync(e))}`;
    }
    case Op.COMPARE_OP: {
      // The rich comparisons (their number fast path), and `is`/`is not`, which call nothing.
      if (n < 2 || (a >= 6 && a !== 8 && a !== 9)) return null;
      const both = sync(e);
      const test = a < 6 ? compareFastPath(a, both) : `r = v ${a === 8 ? '===' : '!=='} w ? True : False; r.refcnt++;`;
      const out = `w = ${e[n - 1] as string}; v = ${e[n - 2] as string}; ${test} ${DS('v', both)} ${DS('w', both)}`;
      e.length = n - 2;
      const q = vs.fresh();
      e.push(q);
      return `${out} ${q} = r;`;
    }
    case Op.FOR_ITER: {
      // The iterator stays on the frame's stack (the loop jumps back here); the next item is held
      // in a local. The iterator's slot is called here, as jit-codegen.ts does.
      if (n !== 0) return null;
      const q = vs.fresh();
      e.push(q);
      return `f.lasti = ${ins.offset}; f.sp = sp; v = s[sp - 1]; x = v.type.iternext; if (x === undefined || x === pythonNext) r = iterNext(v); else { try { r = x(v); } catch (e) { r = swallowStop(e); } }
        if (r === null) { s[--sp] = null; f.sp = sp; ${D('v')} pc = ${ins.next + a}; continue; } ${q} = r;`;
    }
    case Op.RETURN_VALUE: {
      if (n < 1) return null;
      const q = e.pop() as string;
      return `${vs.flush()} f.lasti = ${ins.offset}; v = ${q}; f.sp = sp; if (f.blocks.length !== 0) throw blocksLeft(); f.finished = true; jitCall.value = v; return ${JIT_RETURN};`;
    }
    case Op.YIELD_VALUE: {
      if (n < 1) return null;
      const q = e.pop() as string;
      const value = (code.co.flags & CO_ASYNC_GENERATOR) !== 0 ? `wrapAsyncGenValue(${q})` : q;
      return `${vs.flush()} f.lasti = ${ins.offset}; f.sp = sp; jitCall.value = ${value}; f.pc = ${ins.next}; return ${JIT_YIELD};`;
    }
    default:
      return null;
  }
}

/**
 * A binary or in-place operation on the two top values. Two ints or two floats (or an int and a
 * float) call the type's slot directly (jit-snippets.ts `numberOperation`): that path runs
 * no Python code, so the operands are written to the frame's stack only if it raises (for the
 * unwinding to drop them); every other operand pair is written before the general call.
 */
function numberOp(ins: Instruction, code: PyCode, slot: BinaryOpName | 'power', vs: VirtualStack, sync: (entries: readonly string[]) => string): string {
  const e = vs.entries;
  const n = e.length;
  const both = sync(e);
  const general = `${both} ${generalOperation(ins, slot, code.co.code)}`;
  const compute = numberOperation(slot, (call) => `try { r = ${call}; } catch (e) { ${both} throw e; }`, general);
  const out = `w = ${e[n - 1] as string}; v = ${e[n - 2] as string}; f.lasti = ${ins.offset}; ${compute} ${DS('v', both)} ${DS('w', both)}`;
  e.length = n - 2;
  const q = vs.fresh();
  e.push(q);
  return `${out} ${q} = r;`;
}
