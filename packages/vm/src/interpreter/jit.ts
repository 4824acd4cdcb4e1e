/**
 * When code objects get compiled to JS (jit-codegen.ts): once a code object has been entered or
 * has jumped back (any backward jump, conditional ones included) often enough. Compiling changes
 * nothing observable, so the threshold only trades the compile cost against the interpreter's; a
 * test can compile everything at once
 * ({@link setJitThreshold}(0)) or nothing (`Infinity`) and expect the same output.
 * @module
 */
import type { PyCode } from '../objects/code.ts';
import { compileCode, type JitFunction } from './jit-codegen.ts';

/**
 * Code longer than this (bytes of bytecode) stays interpreted without generating its source: its
 * compiled function would be too long for V8 to optimize (jit-codegen.ts checks the source).
 */
const MAX_CODE_BYTES = 1000;

/** Entries plus backward jumps before a code object is compiled, unless a run says otherwise. */
export const DEFAULT_JIT_THRESHOLD = 200;

/** The threshold of the current run. */
export let jitThreshold = DEFAULT_JIT_THRESHOLD;

/** Called after each compile (see {@link setJitThreshold}), or null. */
let onHotCode: (() => void) | null = null;

/**
 * Sets the threshold: 0 compiles every code object on first entry, `Infinity` never compiles;
 * and the host function called each time a code object has just been compiled, the moment a
 * program enters code it will spend its time in (it must not run Python code or touch anything
 * the program can see).
 */
export function setJitThreshold(n: number, hotCode: (() => void) | null = null): void {
  jitThreshold = n;
  onHotCode = hotCode;
}

/** How many code objects have been compiled in this process (for tests of when code warms up). */
export let compiledCodeObjects = 0;

/**
 * Counts one entry or backward jump of interpreted `code`: its compiled function once that makes
 * it warm, else null (and always null for code that is not to be compiled).
 */
export function warmer(code: PyCode): JitFunction | null {
  return code.warmth >= 0 && ++code.warmth > jitThreshold ? warmUp(code) : null;
}

/** Compiles `code` now that it is warm; null when it is not to be compiled. */
export function warmUp(code: PyCode): JitFunction | null {
  if (code.warmth < 0) return null;
  if (code.co.code.length > MAX_CODE_BYTES) {
    code.warmth = -1;
    return null;
  }
  const jit = compileCode(code);
  code.jit = jit;
  if (jit === null) {
    code.warmth = -1;
    return null;
  }
  compiledCodeObjects++;
  if (onHotCode !== null) onHotCode();
  return jit;
}
