/**
 * Compiles a hot code object to a JS function that runs its instructions without the
 * interpreter's dispatch: one `case` per instruction, in bytecode order, so straight-line code
 * falls through from one instruction to the next, and jumps are `continue`s of the switch.
 *
 * The generated function is entered at any instruction offset and runs until it meets an
 * instruction it leaves to the interpreter (the rare opcodes, or any once a trace or profile
 * function is set: budget.ts `countCompiledInstruction`); it returns that instruction's
 * offset, with `f.sp` current, and the interpreter runs that one instruction. A return or a yield
 * leaves with a negative code instead (jit-runtime.ts `jitCall`). An exception a `try` block of the
 * frame takes is handled without leaving (except-handler.ts `catchInFrame`): a function left by a
 * throw on every call is one V8 never optimizes; any other exception leaves by the throw, or, when
 * the code has it in hand (caught, or a call that failed), by returning it (`JIT_RAISE`), since a
 * JS throw costs V8 a walk of the stack. A call to a Python function runs the callee in an
 * evaluation of its own, nested in JS (jit-runtime.ts `enterNested`), or, past a nesting depth,
 * leaves with a negative code for the interpreter loop to switch frames.
 * Each instruction does exactly what the interpreter's case does, in the same order (f_lasti,
 * the instruction budget, reference counts, the stack depth an exception unwinds from), so
 * nothing observable depends on whether a code object was compiled; the simplest instructions
 * store f_lasti and the stack depth only where they call out, the one place anyone can read them
 * ({@link LAZY_SYNC}). Inside a run of such instructions, pushed values are held in JS locals
 * instead of the frame's stack (jit-virtual.ts). What it gains: no decoding
 * or dispatch, constant operands, and a property-access site of its own per Python instruction,
 * so that V8's inline caches see the few types one instruction meets, not every type the
 * interpreter meets.
 * @module
 */
import { ARG_KIND, OPNAME, Op } from '../bytecode/opcodes.ts';
import { CO_ASYNC_GENERATOR, type PyCode } from '../objects/code.ts';
import type { PyFrame } from '../objects/frame.ts';
import { JIT_RAISE, JIT_RETURN, JIT_YIELD, jitRuntime, type JitRuntime } from './jit-runtime.ts';
import { BINARY_OPCODE_SLOTS, INPLACE_OPCODE_SLOTS } from './number-opcodes.ts';
import { buildOperandCount } from './ops-build.ts';
import { EXCEPT_HANDLER, LEVEL_STEP, tryBlock } from '../objects/frame.ts';
import type { BinaryOpName } from '../runtime/object.ts';
import {
  ATTR_PROBES, D, DS, XD, XDS, compareFastPath, decode, generalOperation, loadAttr, loadGlobal, numberOperation, popJump, storeAttr, type Instruction,
} from './jit-snippets.ts';
import { VirtualStack, materialize, virtualBody } from './jit-virtual.ts';

/** A compiled code object: runs from `pc`, returns the offset of the first instruction it does not run. */
export type JitFunction = (f: PyFrame, pc: number) => number;

/**
 * The instructions whose body syncs the frame itself, only on the paths that can escape (a
 * dealloc, a helper that may run Python code, raise or allocate): their common path reads and
 * writes nothing anyone else can see, so it need not store `f_lasti` and the stack depth first.
 * Every other instruction stores both before it starts, as the interpreter does. Whoever reads
 * them (a traceback, `sys._getframe`, a `__del__` looking at its caller, the collector, the
 * unwinding) can only run at an escape, and finds them current there.
 */
const LAZY_SYNC = new Set<number>([
  Op.NOP,
  Op.LOAD_FAST,
  Op.LOAD_CONST,
  Op.STORE_FAST,
  Op.DELETE_FAST,
  Op.POP_TOP,
  Op.ROT_TWO,
  Op.ROT_THREE,
  Op.ROT_FOUR,
  Op.DUP_TOP,
  Op.DUP_TOP_TWO,
  Op.POP_JUMP_IF_FALSE,
  Op.POP_JUMP_IF_TRUE,
  Op.JUMP_FORWARD,
  Op.JUMP_ABSOLUTE,
  Op.LOAD_CLOSURE,
  Op.SETUP_FINALLY,
  Op.POP_BLOCK,
  Op.BEGIN_FINALLY,
  Op.LOAD_GLOBAL,
  Op.LOAD_ATTR,
  Op.STORE_ATTR,
]);

/** Whether `ins` syncs the frame itself ({@link LAZY_SYNC}); COMPARE_OP does for the six comparisons it has a fast path for. */
function syncsItself(ins: Instruction): boolean {
  return LAZY_SYNC.has(ins.opcode) || (ins.opcode === Op.COMPARE_OP && ins.oparg < 6);
}

/** The SETUP_FINALLY block with its handler at `handler`, at the stack depth `sp` (frame.ts `tryBlock`). */
function setupFinally(handler: number): string {
  return `${tryBlock(Op.SETUP_FINALLY, handler, 0)} + sp * ${LEVEL_STEP}`;
}

/**
 * Pops the callable and arguments of a finished call (popCallArgs): as many as CALL_FUNCTION,
 * CALL_METHOD and CALL_FUNCTION_KW take, or `count` (an expression) for CALL_FUNCTION_EX.
 */
function popCall(opcode: number, oparg: number, count: string): string {
  const n = opcode === Op.CALL_FUNCTION_EX ? count : String(opcode === Op.CALL_FUNCTION ? oparg + 1 : oparg + 2);
  return `for (let i = ${n}; i > 0; i--) { v = s[--sp]; s[sp] = null; f.sp = sp; ${XD('v')} }`;
}

/**
 * The per-instruction cache of LOAD_NAME or STORE_NAME (ops-names.ts `loadNameCached`): the
 * name's entry position in exact-dict locals and the number of times it was looked for. The
 * check is the helper's, not inline: inline, it made the module code it sits in so long that
 * V8 optimized the rest of a program worse (await_chain ran 12% slower).
 */
function nameCache(offset: number, decls: string[]): string {
  decls.push(`const nc${offset} = new Int32Array(2);`);
  return `nc${offset}`;
}

/**
 * The body of one instruction, or null when the interpreter runs it. The body starts with
 * `f.lasti`, `f.sp` and the budget tick set as the interpreter sets them, and either falls
 * through to the next instruction or jumps (`pc = ...; continue`). An instruction of
 * {@link LAZY_SYNC} runs `sync` before each call out instead. `handles`: the code has `try`
 * blocks, so its function catches what it raises (catchInFrame).
 */
function body(ins: Instruction, code: PyCode, bytes: Uint8Array | readonly number[], decls: string[], continuations: string[], sync: string, handles: boolean): string | null {
  const { opcode, oparg: a, next } = ins;
  const jump = (target: number): string => `pc = ${target}; continue;`;
  const binary = BINARY_OPCODE_SLOTS[opcode];
  const inplace = INPLACE_OPCODE_SLOTS[opcode];
  if (binary !== undefined || inplace !== undefined) {
    const slot = (binary ?? inplace) as BinaryOpName | 'power';
    return `w = s[sp - 1]; v = s[sp - 2]; ${numberOperation(slot, (call) => `r = ${call};`, generalOperation(ins, slot, bytes))} ${D('v')} ${D('w')} s[--sp] = null; s[sp - 1] = r;`;
  }
  switch (opcode) {
    case Op.NOP:
      return '';
    case Op.LOAD_FAST:
      return `v = L[${a}]; if (v == null) { ${sync} throw unboundLocal(code, ${a}); } v.refcnt++; s[sp++] = v;`;
    case Op.LOAD_CONST:
      return `k${a}.refcnt++; s[sp++] = k${a};`;
    case Op.STORE_FAST:
      return `v = s[--sp]; s[sp] = null; w = L[${a}]; L[${a}] = v; ${XDS('w', sync)}`;
    case Op.POP_TOP:
      return `v = s[--sp]; s[sp] = null; ${XDS('v', sync)}`;
    case Op.ROT_TWO:
      return 'v = s[sp - 1]; s[sp - 1] = s[sp - 2]; s[sp - 2] = v;';
    case Op.ROT_THREE:
      return 'v = s[sp - 1]; s[sp - 1] = s[sp - 2]; s[sp - 2] = s[sp - 3]; s[sp - 3] = v;';
    case Op.DUP_TOP:
      return 'v = s[sp - 1]; v.refcnt++; s[sp++] = v;';
    case Op.DUP_TOP_TWO:
      return 'v = s[sp - 2]; w = s[sp - 1]; v.refcnt++; w.refcnt++; s[sp++] = v; s[sp++] = w;';
    case Op.UNARY_NOT:
      return `v = s[sp - 1]; r = isTrue(v) ? newFalse() : newTrue(); s[sp - 1] = r; ${D('v')}`;
    case Op.BINARY_SUBSCR:
      // In a frame with `try` blocks, a dict's KeyError comes back for the handler, not thrown.
      return handles
        ? `w = s[sp - 1]; v = s[sp - 2]; r = getItemOrNull(v, w); if (r === null) { ${raiseInHand('takeJitRaised()', true)} } ${D('v')} ${D('w')} s[--sp] = null; s[sp - 1] = r;`
        : `w = s[sp - 1]; v = s[sp - 2]; r = getItem(v, w); ${D('v')} ${D('w')} s[--sp] = null; s[sp - 1] = r;`;
    case Op.STORE_SUBSCR:
      return `w = s[sp - 1]; v = s[sp - 2]; r = s[sp - 3]; sp -= 3; s[sp] = s[sp + 1] = s[sp + 2] = null; f.sp = sp;
        try { setItem(v, w, r); } finally { ${D('r')} ${D('v')} ${D('w')} }`;
    case Op.COMPARE_OP:
      return a < 6
        ? `w = s[sp - 1]; v = s[sp - 2]; ${compareFastPath(a, sync)} ${DS('v', sync)} ${DS('w', sync)} s[--sp] = null; s[sp - 1] = r;`
        : `w = s[sp - 1]; v = s[sp - 2]; r = compareOp(v, w, ${a}); ${D('v')} ${D('w')} s[--sp] = null; s[sp - 1] = r;`;
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
      return `v = s[--sp]; s[sp] = null; ${popJump(ins, sync)}`;
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
      return `v = s[sp - 1]; if (${opcode === Op.JUMP_IF_TRUE_OR_POP ? '' : '!'}truthOf(v)) { ${jump(a)} }
        s[--sp] = null; f.sp = sp; ${D('v')}`;
    case Op.JUMP_FORWARD:
      return jump(next + a);
    case Op.JUMP_ABSOLUTE:
      return jump(a);
    case Op.GET_ITER:
      return `v = s[sp - 1]; s[sp - 1] = getIter(v); ${D('v')}`;
    case Op.FOR_ITER:
      // The iterator's slot is called here (iterNextSwallowingStop written out), so that the call
      // site is this loop's alone: V8 can inline the `__next__` of the one type a loop meets. A
      // class's Python `__next__` goes through iterNextSwallowingStop, which ends the loop on its
      // StopIteration without a JS throw.
      return `v = s[sp - 1]; x = v.type.iternext; if (x === undefined || x === pythonNext) r = iterNext(v); else { try { r = x(v); } catch (e) { r = swallowStop(e); } }
        if (r !== null) { s[sp++] = r; } else { s[--sp] = null; f.sp = sp; ${D('v')} ${jump(next + a)} }`;
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_INVERT: {
      const sign = opcode === Op.UNARY_POSITIVE ? '+' : opcode === Op.UNARY_NEGATIVE ? '-' : '~';
      return `v = s[sp - 1]; r = unaryOp(v, '${sign}'); s[sp - 1] = r; ${D('v')}`;
    }
    case Op.GET_YIELD_FROM_ITER:
      return `v = s[sp - 1]; s[sp - 1] = yieldFromIter(v, code); ${D('v')}`;
    case Op.GET_AWAITABLE:
      // The previous instruction tells which `async with` step a bad object came from.
      return `getAwaitable(f, s, sp, ${ins.offset >= 2 ? (bytes[ins.offset - 2] as number) : -1});`;
    case Op.LIST_APPEND:
    case Op.SET_ADD:
      return `v = s[--sp]; s[sp] = null; f.sp = sp; try { comprehensionAdd(${opcode}, s[sp - ${a}], v); } finally { ${D('v')} }`;
    case Op.BUILD_MAP:
    case Op.BUILD_CONST_KEY_MAP:
    case Op.BUILD_STRING:
    case Op.BUILD_SLICE:
    case Op.FORMAT_VALUE: {
      const n = buildOperandCount(opcode, a);
      return `r = s.slice(sp - ${n}, sp);
        try { x = build(${opcode}, ${a}, r, null); }
        finally { for (let i = sp - ${n}; i < sp; i++) s[i] = null; sp -= ${n}; f.sp = sp; for (let i = r.length - 1; i >= 0; i--) { y = r[i]; ${XD('y')} } }
        s[sp++] = x;`;
    }
    case Op.POP_EXCEPT:
      return `r = f.blocks.pop(); if (r === undefined || blockType(r) !== ${EXCEPT_HANDLER}) throw notExceptHandler();
        popExceptState(f, s, sp); sp -= 3; s[sp] = s[sp + 1] = s[sp + 2] = null;`;
    case Op.STORE_GLOBAL:
      return `v = s[--sp]; s[sp] = null; f.sp = sp; try { storeGlobal(f, n${a}, v); } finally { ${D('v')} }`;
    case Op.DELETE_SUBSCR:
      return `w = s[sp - 1]; v = s[sp - 2]; sp -= 2; s[sp] = s[sp + 1] = null; f.sp = sp;
        try { deleteItem(v, w); } finally { ${D('v')} ${D('w')} }`;
    case Op.DELETE_ATTR:
      return `w = s[--sp]; s[sp] = null; f.sp = sp; try { setAttr(w, n${a}, null); } finally { ${D('w')} }`;
    case Op.LOAD_CLASSDEREF:
      return `s[sp++] = loadClassDeref(f, ${a});`;
    case Op.UNPACK_EX:
      return `v = s[--sp]; s[sp] = null; f.sp = sp;
        try { r = unpackEx(v, ${a & 0xff}, ${a >> 8}); } finally { ${D('v')} }
        for (let i = r.length - 1; i >= 0; i--) s[sp++] = r[i];`;
    case Op.MAKE_FUNCTION: {
      // Annotations, keyword defaults, defaults and closure sit below the code and name, in that
      // order from the top; the interpreter pops them by flag the same way.
      const pops = [8, 4, 2, 1].filter((bit) => (a & bit) !== 0).map((bit) => `r[${Math.log2(bit)}] = s[--sp] ?? null; s[sp] = null;`);
      return `x = s[--sp]; y = s[--sp]; s[sp] = s[sp + 1] = null; r = [null, null, null, null]; ${pops.join(' ')}
        f.sp = sp; s[sp++] = makeFunction(f, y, x, r);`;
    }
    case Op.ROT_FOUR:
      return 'v = s[sp - 1]; s[sp - 1] = s[sp - 2]; s[sp - 2] = s[sp - 3]; s[sp - 3] = s[sp - 4]; s[sp - 4] = v;';
    case Op.DELETE_FAST:
      return `v = L[${a}]; if (v == null) { ${sync} throw unboundLocal(code, ${a}); } L[${a}] = null; ${DS('v', sync)}`;
    case Op.BUILD_SET:
      return `r = s.slice(sp - ${a}, sp); for (let i = sp - ${a}; i < sp; i++) s[i] = null; sp -= ${a}; f.sp = sp; s[sp++] = buildSet(r);`;
    case Op.BEGIN_FINALLY:
      return 's[sp++] = null;';
    case Op.CALL_FINALLY:
      return `s[sp++] = newInt(${next}); ${jump(next + a)}`;
    case Op.END_FINALLY:
      // None (null) goes on; an int is where a `finally` entered by CALL_FINALLY returns to.
      return `v = s[--sp] ?? null; s[sp] = null; f.sp = sp;
        if (v !== null) { if (v instanceof PyInt && v.type === intType) { pc = Number(v.value); single = 1; ${D('v')} continue; } ${raiseInHand('reraiseFromStack(f, v)', handles)} }`;
    case Op.POP_FINALLY:
      return `r = ${a !== 0 ? '(s[--sp] ?? null)' : 'null'}; v = s[--sp] ?? null; s[sp] = null;
        if (v === null || (v instanceof PyInt && v.type === intType)) { ${XD('v')} }
        else { sp = popFinallyHandler(f, v, sp); }
        ${a !== 0 ? 's[sp++] = r;' : ''}`;
    case Op.RAISE_VARARGS:
      return `x = ${a >= 2 ? 's[--sp]' : 'null'}; ${a >= 2 ? 's[sp] = null;' : ''} y = ${a >= 1 ? 's[--sp]' : 'null'}; ${a >= 1 ? 's[sp] = null;' : ''} f.sp = sp; ${raiseInHand('doRaise(y, x)', handles)}`;
    case Op.SETUP_WITH:
    case Op.BEFORE_ASYNC_WITH:
      return `r = setupWith(f, s, sp, ${opcode === Op.BEFORE_ASYNC_WITH});
        ${opcode === Op.SETUP_WITH ? `pushBlock(f, ${setupFinally(next + a)});` : ''} s[sp++] = r;`;
    case Op.SETUP_ASYNC_WITH:
      return `r = s[--sp]; pushBlock(f, ${setupFinally(next + a)}); s[sp++] = r;`;
    case Op.WITH_CLEANUP_START:
      return 'sp = withCleanupStart(f, s, sp);';
    case Op.WITH_CLEANUP_FINISH:
      return 'sp = withCleanupFinish(f, s, sp);';
    case Op.GET_AITER:
      return 'getAiter(s, sp);';
    case Op.GET_ANEXT:
      return 'v = s[sp - 1]; s[sp++] = getAnext(v, v.type === asyncGeneratorType.current);';
    case Op.END_ASYNC_FOR:
      return `sp = endAsyncFor(f, s, sp); ${jump(next + a)}`;
    case Op.RETURN_VALUE:
      // jit-runtime.ts `returned`, written out.
      return `v = s[--sp]; s[sp] = null; f.sp = sp; if (f.blocks.length !== 0) throw blocksLeft(); f.finished = true; jitCall.value = v; return ${JIT_RETURN};`;
    case Op.YIELD_VALUE: {
      // The value goes to the loop (an async generator's wrapped, as its flags say) and the frame resumes after this.
      const value = (code.co.flags & CO_ASYNC_GENERATOR) !== 0 ? 'wrapAsyncGenValue(v)' : 'v';
      return `v = s[--sp]; s[sp] = null; f.sp = sp; jitCall.value = ${value}; f.pc = ${next}; return ${JIT_YIELD};`;
    }
    case Op.YIELD_FROM:
      // Either the delegate finished (continue with the next instruction) or the frame suspends.
      return handles
        ? `pc = yieldFrom(f, ${ins.offset}); if (pc === ${JIT_RAISE}) { ${catchAt('takeJitRaised()')} continue; } if (pc < 0) return pc; sp = f.sp; continue;`
        : `pc = yieldFrom(f, ${ins.offset}); if (pc < 0) return pc; sp = f.sp; continue;`;
    case Op.CALL_FUNCTION:
    case Op.CALL_METHOD:
    case Op.CALL_FUNCTION_KW:
    case Op.CALL_FUNCTION_EX:
      // A Python function's frame runs nested (enterNested), or, too deep, in the interpreter
      // loop: it is entered, and the loop switches to it (enterCallee returns -1).
      // The callable and arguments are popped here (popCallArgs written out, so that dropping
      // them has this instruction's inline cache): at once after a native call, and in the
      // continuation at the odd offset after this one when a Python callee returns.
      continuations.push(`case ${ins.offset + 1}: x = jitCall.value; y = jitCall.held; jitCall.value = null; jitCall.held = null;
        ${popCall(opcode, a, 'jitCall.pop')} if (y !== null) releaseHeld(y); s[sp++] = x; pc = ${next}; continue;`);
      // prepareCall's answer is one shared object: its fields are read at once.
      // A native function's exception returned (x null too) is raised with the call on the stack:
      // in a frame with `try` blocks, handled at once, without a JS throw.
      return `r = prepareCall(f, s, sp, ${opcode}, ${a}); u = r.frame; x = r.result; w = r.pop;
        if (u === null) { if (x === null) { ${raiseInHand('takeRaised(r)', handles)} } sp = f.sp; ${popCall(opcode, a, 'w')} s[sp++] = x; }
        else if (enterNested(r)) {
          z = null; x = u.pc; t = u.code.jit;
          if (t !== null) { try { x = t(u, x); } catch (e) { z = e; } }
          x = nestedFinish(f, u, x, z); if (x === null) { ${raiseInHand('takeJitRaised()', handles)} }
          y = jitCall.held; jitCall.held = null; sp = f.sp; ${popCall(opcode, a, 'w')} if (y !== null) releaseHeld(y); s[sp++] = x;
        }
        else { f.pc = ${ins.offset + 1}; return enterCallee(r); }`;
    case Op.LOAD_GLOBAL:
      return `${loadGlobal(ins, decls, sync)} s[sp++] = v;`;
    case Op.LOAD_NAME: {
      const cache = nameCache(ins.offset, decls);
      return `s[sp++] = loadNameCached(f, n${a}, ${cache});`;
    }
    case Op.STORE_NAME: {
      const cache = nameCache(ins.offset, decls);
      return `v = s[--sp]; s[sp] = null; f.sp = sp; storeNameCached(f, n${a}, v, ${cache});`;
    }
    case Op.LOAD_ATTR:
      return `v = s[sp - 1]; ${loadAttr(ins, decls, sync, raiseInHand('r', handles))} s[sp - 1] = r; ${DS('v', sync)}`;
    case Op.STORE_ATTR:
      return `w = s[sp - 1]; v = s[sp - 2]; sp -= 2; s[sp] = s[sp + 1] = null; ${storeAttr(ins, decls, sync)}`;
    case Op.LOAD_METHOD: {
      // The method descriptor found under the type's version (cacheableMethod), unless the
      // instance dict has the name.
      const [type, version, method, probes] = [`mt${ins.offset}`, `mv${ins.offset}`, `md${ins.offset}`, `mp${ins.offset}`];
      decls.push(`let ${type} = null, ${version} = -1, ${method} = null, ${probes} = 0;`);
      return `v = s[sp - 1]; t = v.type;
        if (t === ${type} && t.version === ${version} && ((w = v.dict) === null || dictIndex(w, n${a}) < 0)) {
          r = ${method}; r.refcnt++; s[sp - 1] = r; s[sp++] = v;
        } else {
          if (${probes} < ${ATTR_PROBES}) { ${probes}++; ${method} = cacheableMethod(v, n${a}); ${type} = ${method} === null ? null : t; ${version} = t.version; }
          r = getMethod(v, n${a});
          if (r.unbound) { s[sp - 1] = r.method; s[sp++] = v; } else { s[sp - 1] = null; s[sp++] = r.method; f.sp = sp; ${D('v')} }
        }`;
    }
    case Op.DELETE_NAME:
      return `deleteName(f, n${a});`;
    case Op.DELETE_GLOBAL:
      return `deleteGlobal(f, n${a});`;
    case Op.DELETE_DEREF:
      return `deleteDeref(f, ${a});`;
    case Op.LOAD_DEREF:
      return `s[sp++] = loadDeref(f, ${a});`;
    case Op.STORE_DEREF:
      return `v = s[--sp]; s[sp] = null; f.sp = sp; storeDeref(f, ${a}, v);`;
    case Op.LOAD_CLOSURE:
      return `v = L[${code.co.nlocals + a}]; v.refcnt++; s[sp++] = v;`;
    case Op.SETUP_FINALLY:
      return `pushBlock(f, ${setupFinally(next + a)});`;
    case Op.POP_BLOCK:
      return 'f.blocks.pop();';
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
      return `r = s.slice(sp - ${a}, sp); for (let i = sp - ${a}; i < sp; i++) s[i] = null; sp -= ${a}; f.sp = sp;
        s[sp++] = ${opcode === Op.BUILD_TUPLE ? 'buildTuple' : 'buildList'}(r);`;
    case Op.UNPACK_SEQUENCE:
      return `v = s[--sp]; s[sp] = null; f.sp = sp;
        try { r = unpackSequence(v, ${a}); } finally { ${D('v')} }
        for (let i = r.length - 1; i >= 0; i--) s[sp++] = r[i];`;
    default:
      return null;
  }
}

/** The JS source of the compiled function's body (exposed for tests). */
export function jitSource(code: PyCode): string {
  const bytes = code.co.code;
  const lines: string[] = [];
  const consts = code.consts.map((_, i) => `k${i} = K[${i}]`);
  const names = code.names.map((_, i) => `n${i} = N[${i}]`);
  // `var`, not `const`: a closure's reads of a `const` check it for the temporal dead zone.
  lines.push(`var { ${Object.keys(jitRuntime).join(', ')} } = rt;`);
  if (consts.length > 0) lines.push(`var ${consts.join(', ')};`);
  if (names.length > 0) lines.push(`var ${names.join(', ')};`);
  lines.push('return function jitted(f, pc) {');
  lines.push('  const s = f.stack, L = f.fast; let sp = f.sp, v, w, r;');
  // `single`: whether each instruction counts itself (chargeGroups).
  lines.push('  let t, u, x, y, z, single = 1;');
  const decls: string[] = [];
  const continuations: string[] = [];
  const instructions = decode(bytes);
  // A frame with `try` blocks handles its exceptions without leaving (catchInFrame).
  const handles = instructions.some((ins) => HANDLER_SETUPS.has(ins.opcode));
  const loop = handles ? '  for (;;) try { switch (pc) {' : '  for (;;) switch (pc) {';
  lines.push(loop);
  const compiled = instructions.map((ins) => body(ins, code, bytes, [], [], '', handles) !== null);
  const targets = jumpTargets(instructions);
  const groups = chargeGroups(instructions, compiled, targets);
  const vs = new VirtualStack();
  instructions.forEach((ins, i) => {
    const { offset } = ins;
    const size = groups.size[i] as number;
    const rest = groups.rest[i] as number;
    // A group starts with nothing in locals, unless the last one ended with a value the next
    // instruction takes over (below).
    if (size > 0 && vs.entries.length === 0) vs.reset();
    // Before a call out, the instructions of the group not yet run are given back, and the rest
    // of the group counts itself.
    const refund = rest > 0 ? ` if (single === 0) { ticks[0] += ${rest}; single = 1; }` : '';
    const sync = (entries: readonly string[]): string => {
      const m = materialize(entries);
      return `${m.code}f.lasti = ${offset}; f.sp = ${m.depth};${refund}`;
    };
    if (!(compiled[i] as boolean)) {
      lines.push(`    case ${offset}: f.sp = sp; return ${offset};`);
      return;
    }
    // Counting the group's ticks; handing over to the interpreter with `entries` on the stack.
    const charge = (entries: readonly string[]): string => {
      const m = materialize(entries);
      const handOver = `{ ${m.code}f.sp = ${m.depth}; return ${offset}; }`;
      if (size > 1) return `if ((ticks[0] -= ${size}) >= 0) single = 0; else { ticks[0] += ${size}; single = 1; if (tick()) ${handOver} }`;
      if (size === 1) return `if (tick()) ${handOver}`;
      return `if (single !== 0 && tick()) ${handOver}`;
    };
    const entries = [...vs.entries];
    // With values in locals, the instruction cannot be entered from outside (jit-virtual.ts).
    const label = entries.length === 0 ? `case ${offset}: ` : '';
    const v = virtualBody(ins, code, vs, decls, sync, raiseInHand('r', handles));
    if (v !== null) lines.push(`    ${label}${charge(entries)} ${v}`);
    else {
      // Compiled the ordinary way: the values in locals go onto the frame's stack first, where
      // the instruction can be entered.
      const flushed = vs.flush();
      if (flushed !== '') lines.push(`      ${flushed}`);
      const b = body(ins, code, bytes, decls, continuations, sync([]), handles) as string;
      lines.push(`    case ${offset}: ${charge([])} ${syncsItself(ins) ? '' : `f.lasti = ${offset}; f.sp = sp; `}${b}`);
    }
    // The values left in locals at a group's end stay there for the next group when it can only
    // be reached from here (it is compiled and nothing jumps to it); else they go onto the stack.
    const following = instructions[i + 1];
    const carried = following !== undefined && compiled[i + 1] === true && !targets.has(following.offset);
    if (rest === 0 && vs.entries.length > 0 && !carried) lines.push(`      ${vs.flush()}`);
  });
  for (const c of continuations) lines.push(`    ${c}`);
  lines.push(`    default: f.sp = sp; return pc;`);
  lines.push(handles ? `  } } catch (e) { ${catchAt('e')} }` : '  }');
  lines.push('};');
  if (vs.most > 0) lines.splice(lines.indexOf(loop), 0, `  let ${Array.from({ length: vs.most }, (_, i) => `q${i}`).join(', ')};`);
  // Per-instruction caches live beside the function, before its `return`.
  const at = lines.indexOf('return function jitted(f, pc) {');
  lines.splice(at, 0, ...decls);
  return lines.join('\n');
}

/**
 * A frame with `try` blocks taking the exception `raised` (an expression): at the handler's offset
 * with the stack depth it starts at, each instruction counting itself again (catchInFrame); or,
 * when no block takes it here, leaving the frame with it ({@link JIT_RAISE}).
 */
function catchAt(raised: string): string {
  return `pc = raiseInFrame(f, ${raised}); if (pc < 0) return pc; sp = f.sp; single = 1;`;
}

/**
 * An exception compiled code has in hand (`raised`, an expression; a call that failed): taken by
 * a handler of the frame if one does, else the frame is left with it ({@link JIT_RAISE}), not
 * thrown.
 */
function raiseInHand(raised: string, handles: boolean): string {
  if (!handles) return `jitCall.raised = ${raised}; return ${JIT_RAISE};`;
  return `${catchAt(raised)} continue;`;
}

/** The instructions that push a block an exception unwinds to. */
const HANDLER_SETUPS = new Set<number>([Op.SETUP_FINALLY, Op.SETUP_WITH, Op.SETUP_ASYNC_WITH]);

/** The offsets some instruction jumps to. */
function jumpTargets(instructions: readonly Instruction[]): Set<number> {
  const targets = new Set<number>();
  for (const ins of instructions) {
    const name = OPNAME[ins.opcode];
    const kind = name === undefined ? undefined : ARG_KIND[name];
    if (kind === 'hasjrel') targets.add(ins.next + ins.oparg);
    else if (kind === 'hasjabs') targets.add(ins.oparg);
  }
  return targets;
}

/** The instructions of {@link LAZY_SYNC} that may jump: they end a charge group. */
const LAZY_JUMPS = new Set<number>([Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_FORWARD, Op.JUMP_ABSOLUTE]);

/**
 * The charge groups of a code object: runs of instructions whose budget ticks are counted at
 * once, on entering the first (`size[i]`, the run's length there, 0 for the others), instead of
 * one at a time. A run is instructions of {@link LAZY_SYNC} that fall through to the next one,
 * ended by any compiled instruction; no jump lands inside it. `rest[i]` is how many of the run
 * come after instruction `i`.
 *
 * Counting is exact wherever it can be seen: an instruction of the run that calls out first
 * gives back the `rest` it has not run yet and makes the rest count itself (`single`), so that
 * the budget stands where the interpreter's would, and a trace function set meanwhile takes over
 * at the next instruction. Compiled code entered anywhere but at a run's start counts each
 * instruction until the next run begins; a run that the chunk cannot pay for at once is counted
 * the same way.
 */
function chargeGroups(instructions: readonly Instruction[], compiled: readonly boolean[], targets: ReadonlySet<number>): { size: number[]; rest: number[] } {
  const size = instructions.map(() => 0);
  const rest = instructions.map(() => 0);
  let i = 0;
  while (i < instructions.length) {
    if (compiled[i] !== true) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < instructions.length) {
      const ins = instructions[j] as Instruction;
      const following = instructions[j + 1] as Instruction;
      if (!syncsItself(ins) || LAZY_JUMPS.has(ins.opcode) || compiled[j + 1] !== true || targets.has(following.offset)) break;
      j++;
    }
    size[i] = j - i + 1;
    for (let m = i; m <= j; m++) rest[m] = j - m;
    i = j + 1;
  }
  return { size, rest };
}

/**
 * Generated source longer than this stays uncompiled: V8 does not optimize a function of more
 * than 60 KB of its bytecode (about 1.25 bytes per character of ours), and unoptimized, the
 * generated code is slower than the interpreter loop; optimizing a long one takes TurboFan a
 * good part of a second.
 */
const MAX_SOURCE_LENGTH = 30_000;

/** Compiles `code` (see the module comment), or null when its source would be too long to pay. */
export function compileCode(code: PyCode): JitFunction | null {
  const source = jitSource(code);
  if (source.length > MAX_SOURCE_LENGTH) return null;
  // The source holds only offsets, operands and the fixed names above, never text of the program.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function('rt', 'K', 'N', 'code', source) as (rt: JitRuntime, k: unknown, n: unknown, code: PyCode) => JitFunction;
  return make(jitRuntime, code.consts, code.names, code);
}
