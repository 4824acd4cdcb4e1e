/**
 * `frame`: one activation of a code object: fast locals, cells, the value stack, the block stack
 * and `f_lasti`. A frame freed by its code object's last call is kept by that code object for
 * its next call (`co_zombieframe`), so the next frame has the same address; when the code object
 * keeps one already, the frame goes on the free list of up to 200 frames that frames of any code
 * are taken from, resized when they need more slots. Mirrors CPython 3.8 Objects/frameobject.c.
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { staticType } from '../runtime/core-types.ts';
import { activeHeap, allocateAddress, reallocateAddress, registerKeptFreeList } from '../runtime/memory.ts';
import { noteFreed, refcheckOn } from '../runtime/refcount-check.ts';
import { gcNoteFree } from '../runtime/gc-registry.ts';
import { PyObject, TPFLAGS_HAVE_GC, decref, incref, trackNewObject, xdecref, type PyType } from '../runtime/object.ts';
import type { PyCode } from './code.ts';
import type { PyDict } from './dict.ts';

/** The `frame` type. */
export const frameType: PyType = staticType({ name: 'frame', basicsize: 368, itemsize: 8, flags: TPFLAGS_HAVE_GC });

/**
 * `PyTryBlock`: a block on the block stack, as one number, so that a `try` or `async for` in a
 * loop makes no object per iteration: its type, SETUP_FINALLY (122) or EXCEPT_HANDLER (257;
 * SETUP_WITH and SETUP_ASYNC_WITH push SETUP_FINALLY), the byte offset of its handler (-1 for an
 * EXCEPT_HANDLER) and the value stack depth to unwind to (its level, below 2**20). Read with
 * {@link blockType}, {@link blockHandler}, {@link blockLevel}.
 */
export type TryBlock = number;

/** Value stack depths a block's level can hold. */
const LEVELS = 0x100000;

/** What one more level adds to a block: `tryBlock(t, h, level) === tryBlock(t, h, 0) + level * LEVEL_STEP`. */
export const LEVEL_STEP = 2;

/** The block of `type` with its handler at `handler` and `level` (`PyFrame_BlockSetup`'s fields). */
export function tryBlock(type: number, handler: number, level: number): TryBlock {
  return ((handler + 1) * LEVELS + level) * LEVEL_STEP + (type === EXCEPT_HANDLER ? 1 : 0);
}

/** `b_type`. */
export function blockType(b: TryBlock): number {
  return b % 2 === 1 ? EXCEPT_HANDLER : Op.SETUP_FINALLY;
}

/** `b_handler`. */
export function blockHandler(b: TryBlock): number {
  return Math.floor(b / (LEVEL_STEP * LEVELS)) - 1;
}

/** `b_level`. */
export function blockLevel(b: TryBlock): number {
  return Math.floor(b / LEVEL_STEP) % LEVELS;
}

/** `b` with its level one lower (WITH_CLEANUP_START under an EXCEPT_HANDLER). */
export function blockLowered(b: TryBlock): TryBlock {
  return b - LEVEL_STEP;
}

/**
 * The block stack of every frame that has not pushed a block yet: shared and frozen (a push or a
 * pop on it would throw), replaced by {@link pushBlock}.
 */
const NO_BLOCKS: TryBlock[] = Object.freeze([]) as unknown as TryBlock[];

/** Pushes `block` on the block stack of `f` (`PyFrame_BlockSetup`). */
export function pushBlock(f: PyFrame, block: TryBlock): void {
  if (f.blocks === NO_BLOCKS) f.blocks = [block];
  else f.blocks.push(block);
}

/**
 * A frame's tracing fields (`f_trace`, `f_trace_lines`, `f_trace_opcodes`, the `f_lineno` line
 * events keep, and the `instr_lb`/`instr_ub`/`instr_prev` window of `maybe_call_line_trace`):
 * made the first time a trace function or a program touches them.
 */
export interface FrameTrace {
  /** `f_trace`: the local trace function (owned), or null. */
  func: PyObject | null;
  lines: boolean;
  opcodes: boolean;
  /** `f->f_lineno`, which line events update: what `f_lineno` reads while `func` is set. */
  lineno: number;
  lower: number;
  upper: number;
  previous: number;
}

/** The tracing fields of `f`, made on first use. */
export function frameTrace(f: PyFrame): FrameTrace {
  let t = f.traceInfo;
  if (t === null) {
    t = { func: null, lines: true, opcodes: false, lineno: f.code.co.firstlineno, lower: 0, upper: -1, previous: -1 };
    f.traceInfo = t;
  }
  return t;
}

/** The pseudo-opcode of an exception handler block. */
export const EXCEPT_HANDLER = 257;

/** A frame. Fields own their references unless noted. */
export class PyFrame extends PyObject {
  /** The code, globals and builtins: set at creation and when a kept frame is reused. */
  code: PyCode;
  globals: PyDict;
  /** `f_builtins`: a dict, or any object a `__builtins__` in the globals named (a mapping, or not). */
  builtins: PyObject;
  /** `f_locals`: the namespace of module and class bodies, else null until asked for. */
  locals: PyObject | null;
  /** `f_back`. */
  back: PyFrame | null = null;
  /** Fast locals, then cells, then free variables (`f_localsplus`). */
  fast: (PyObject | null)[];
  /** The value stack and its depth (`f_valuestack`, `f_stacktop`). */
  stack: (PyObject | null)[];
  /**
   * The slots its memory has room for (`Py_SIZE`): its code's `frameExtras`, or more for a frame
   * taken from the free list after serving a bigger code object.
   */
  extras: number;
  sp = 0;
  /**
   * The block stack (`f_blockstack`, `f_iblock`): a shared empty array until the first push
   * (`pushBlock`), so that a frame that never enters a `try` or `with` has no array of its own.
   */
  blocks: TryBlock[] = NO_BLOCKS;
  /** Offset of the next instruction to run (`next_instr`). */
  pc = 0;
  /** Stack slots the caller pops when this frame, run inline by the interpreter, finishes. */
  callerPop = 0;
  /**
   * References the call made for its keyword arguments (`f(**d)` copies them into a temporary
   * tuple in CPython), dropped when the frame is done.
   */
  heldArgs: PyObject[] | null = null;
  /** `f_lasti`: offset of the last instruction started, -1 before the first. */
  lasti = -1;
  /** `f_executing`. */
  executing = false;
  /** The generator, coroutine or async generator running in this frame (borrowed), or null. */
  gen: PyObject | null = null;
  /** Whether the frame has returned or raised for good (its stack is gone: `f_stacktop == NULL`). */
  finished = false;
  /** Its tracing fields ({@link frameTrace}), null until used. */
  traceInfo: FrameTrace | null = null;

  /**
   * A frame the collector does not track yet (`_PyFrame_New_NoTrack`): a generator's frame is
   * tracked when the generator is made, any other only if it outlives its evaluation
   * ({@link releaseEvaluatedFrame}).
   */
  constructor(code: PyCode, globals: PyDict, builtins: PyObject, locals: PyObject | null, address: number, extras: number) {
    super(frameType, address, true);
    // The header, in PyObject's order, untracked.
    this.dict = null;
    this.finalized = false;
    this.type = frameType;
    this.refcnt = 1;
    this.addressHandle = address;
    this.gcList = null;
    this.gcIndex = 0;
    this.code = incref(code);
    this.globals = incref(globals);
    this.builtins = incref(builtins);
    this.locals = locals === null ? null : incref(locals);
    const co = code.co;
    this.fast = nullArray(co.nlocals + code.cellAndFreeNames.length);
    this.stack = nullArray(co.stacksize);
    // `| 0`: the count may arrive boxed (a code object's field is a double once any code object
    // stored a boxed number there); a boxed store would give every frame a 16-byte heap number.
    this.extras = extras | 0;
  }

  /** `PyFrame_GetLineNumber`: the line of `f_lasti`, or the line the last line event recorded while `f_trace` is set. */
  get lineno(): number {
    const t = this.traceInfo;
    if (t !== null && t.func !== null) return t.lineno;
    return this.code.lineAt(this.lasti);
  }
}

/** Packed arrays of nulls by length, copied by {@link nullArray}. */
const nullTemplates: (PyObject | null)[][] = [];

/**
 * `n` nulls in a packed array of exactly `n` slots. `new Array(n).fill` makes a holey array
 * (slower to index) and pushing one by one reserves 17 slots for the first push; a copy of a
 * packed template (`slice`) is packed and as long as needed, which matters with many frames alive.
 */
function nullArray(n: number): (PyObject | null)[] {
  let template = nullTemplates[n];
  if (template === undefined) {
    template = [];
    for (let i = 0; i < n; i++) template.push(null);
    nullTemplates[n] = template;
  }
  return template.slice();
}

/**
 * A new frame for `code` (`_PyFrame_New_NoTrack`): reuses the code object's kept frame if any.
 * The kept frame is the dead frame itself, as in CPython: its locals and stack arrays are
 * already the right size and empty, so a call makes no new object. (With the reference-count
 * check on, the check keeps dead objects to watch them, so a new object takes the address.)
 */
export function newFrame(code: PyCode, globals: PyDict, builtins: PyObject, locals: PyObject | null): PyFrame {
  const zombie = code.zombieFrame;
  if (zombie === null) return frameFromFreeList(code, globals, builtins, locals);
  code.zombieFrame = null;
  if (refcheckOn) return new PyFrame(code, globals, builtins, locals, zombie.addressHandle, zombie.extras);
  return revive(zombie, code, globals, builtins, locals);
}

/** `PyFrame_MAXFREELIST` (Objects/frameobject.c). */
const FRAME_MAXFREELIST = 200;

/** Dead frames kept for frames of any code (`free_list`), the last freed at the end. */
let freeFrames: PyFrame[] = [];

/**
 * A frame for `code` when its code object keeps none: the last frame put on the free list,
 * resized (`PyObject_GC_Resize`, which may move it) if it has fewer slots than `code` needs,
 * or else new memory.
 */
function frameFromFreeList(code: PyCode, globals: PyDict, builtins: PyObject, locals: PyObject | null): PyFrame {
  const extras = code.frameExtras;
  const kept = freeFrames.pop();
  if (kept === undefined) return new PyFrame(code, globals, builtins, locals, allocateAddress(frameType, extras), extras);
  let handle = kept.addressHandle;
  let size = kept.extras;
  if (size < extras) {
    try {
      handle = reallocateAddress(handle, frameType, extras);
    } catch (e) {
      // `PyObject_GC_Del(f)` when the resize fails.
      activeHeap().releaseHandle(handle);
      throw e;
    }
    size = extras;
  }
  if (refcheckOn) return new PyFrame(code, globals, builtins, locals, handle, size);
  const co = code.co;
  const slots = co.nlocals + code.cellAndFreeNames.length;
  if (kept.fast.length !== slots) kept.fast = nullArray(slots);
  if (kept.stack.length !== co.stacksize) kept.stack = nullArray(co.stacksize);
  kept.addressHandle = handle;
  kept.extras = size | 0;
  return revive(kept, code, globals, builtins, locals);
}

/** A dead frame, emptied by its dealloc, made the new frame of `code`. */
function revive(zombie: PyFrame, code: PyCode, globals: PyDict, builtins: PyObject, locals: PyObject | null): PyFrame {
  zombie.refcnt = 1;
  zombie.code = incref(code);
  zombie.globals = incref(globals);
  zombie.builtins = incref(builtins);
  zombie.locals = locals === null ? null : incref(locals);
  zombie.blocks = NO_BLOCKS;
  zombie.pc = 0;
  zombie.callerPop = 0;
  zombie.lasti = -1;
  zombie.executing = false;
  zombie.gen = null;
  zombie.finished = false;
  zombie.finalized = false;
  zombie.traceInfo = null;
  return zombie;
}

/**
 * The end of a frame's evaluation (`_PyEval_EvalCodeWithName`, `function_code_fastcall`): the
 * caller's reference goes, and a frame something else still holds (a traceback, `sys._getframe()`'s
 * result) starts being tracked by the collector.
 */
export function releaseEvaluatedFrame(f: PyFrame): void {
  if (f.refcnt > 1) {
    f.refcnt--;
    if (f.gcList === null) trackNewObject(f, f.addressHandle);
    return;
  }
  decref(f);
}

/** `_PyObject_GC_TRACK` of a generator's frame, once the generator owns it. */
export function trackGeneratorFrame(f: PyFrame): void {
  if (f.gcList === null) trackNewObject(f, f.addressHandle);
}

/** Drops the locals and the stack (what `frame_dealloc` and `frame.clear()` release first). */
export function clearFrameContents(f: PyFrame): void {
  const fast = f.fast;
  for (let i = 0; i < fast.length; i++) {
    const v = fast[i];
    if (v != null) {
      fast[i] = null;
      decref(v);
    }
  }
  const stack = f.stack;
  const sp = f.sp;
  f.sp = 0;
  for (let i = 0; i < sp; i++) {
    const v = stack[i];
    stack[i] = null;
    xdecref(v);
  }
}

frameType.dealloc = (self) => {
  const f = self as PyFrame;
  clearFrameContents(f);
  const back = f.back;
  f.back = null;
  xdecref(back);
  decref(f.builtins);
  decref(f.globals);
  const locals = f.locals;
  f.locals = null;
  xdecref(locals);
  const trace = f.traceInfo;
  if (trace !== null) {
    f.traceInfo = null;
    xdecref(trace.func);
  }
  f.heldArgs = null;
  const code = f.code;
  if (code.zombieFrame === null) code.zombieFrame = f;
  else if (freeFrames.length < FRAME_MAXFREELIST) freeFrames.push(f);
  else freeFrameMemory(f);
  if (refcheckOn) noteFreed(f);
  decref(code);
};

/** `PyFrame_ClearFreeList`: the kept frames' memory goes back to the heap, the last kept first. */
export function clearFrameFreeList(): void {
  for (let f = freeFrames.pop(); f !== undefined; f = freeFrames.pop()) freeFrameMemory(f);
}

/** `PyObject_GC_Del` of a dead frame's memory. */
export function freeFrameMemory(f: PyFrame): void {
  activeHeap().releaseHandle(f.addressHandle);
  gcNoteFree();
}

registerKeptFreeList('frame', {
  clear: clearFrameFreeList,
  reset: () => {
    freeFrames = [];
  },
});

frameType.traverse = (self, visit) => {
  const f = self as PyFrame;
  if (f.back !== null) visit(f.back);
  visit(f.code);
  visit(f.builtins);
  visit(f.globals);
  if (f.locals !== null) visit(f.locals);
  const trace = f.traceInfo?.func ?? null;
  if (trace !== null) visit(trace);
  for (const v of f.fast) if (v !== null) visit(v);
  // The value stack only of a frame that is not running (`f_stacktop` is NULL while it runs).
  if (f.executing) return;
  for (let i = 0; i < f.sp; i++) {
    const v = f.stack[i];
    if (v != null) visit(v);
  }
};
