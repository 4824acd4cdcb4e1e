/**
 * `@corosim/vm`: a CPython 3.8 compiler and interpreter in TypeScript, with generators, coroutines
 * and async generators that are CPython's down to `f_lasti`, and a simulated heap.
 *
 * @remarks
 * This entry point is for programs that embed corosim: run a program, disassemble one. Packages
 * that extend the VM (the event loop, the async-generator hooks) use `@corosim/vm/host` instead.
 *
 * @packageDocumentation
 */
export type { CodeObject } from './bytecode/code-object.ts';
export type { Constant } from './bytecode/constant.ts';
export { disassembleCode } from './bytecode/dis.ts';
export type { AddressOf } from './repr/code-repr.ts';
export { compile } from './api/compile.ts';
export type { CompileOutcome } from './api/compile.ts';
export type { CompileWarning } from './compiler/compiler.ts';
export { disassemble } from './api/disassemble.ts';
export type { DisOutcome } from './api/disassemble.ts';
export type { OutputStream, Unsupported } from './api/outcome.ts';
export { runMain } from './api/run-main.ts';
export { decodeProgram } from './api/decode-program.ts';
export type { ProgramText } from './api/decode-program.ts';
export type { Diagnostic, DiagnosticType } from './source/diagnostic.ts';
export type { RunOptions, RunOutcome } from './api/run-main.ts';
export { directoryModuleFinder } from './api/module-finder.ts';
export type { ModuleFinder, ModuleSource } from './runtime/import-system.ts';
export type { ModuleFiles } from './runtime/path-finder.ts';
export { layout } from './inspect/layout.ts';
export { formatLayout } from './inspect/layout.ts';
export type { LayoutRow } from './inspect/layout.ts';
export type { LayoutBox, LayoutSnapshot } from './inspect/snapshot.ts';
export { renderLayoutSvg } from './inspect/svg.ts';
/**
 * What the VM does (call, return, yield, resume, raise, alloc, free, unraisable), reported to one
 * synchronous callback. With no sink set (the default) nothing is built: each emission point
 * checks a single flag.
 *
 * @example
 * ```ts
 * setVmEventSink((event) => { if (event.kind === 'yield') console.log(event.qualname, event.lasti); });
 * runMain('def g():\n    yield 1\nlist(g())\n', { filename: 'g.py' });
 * setVmEventSink(null);
 * ```
 */
export { setVmEventSink } from './runtime/events.ts';
export type {
  VmAllocEvent,
  VmCallEvent,
  VmEvent,
  VmEventSink,
  VmFreeEvent,
  VmRaiseEvent,
  VmResumeEvent,
  VmReturnEvent,
  VmUnraisableEvent,
  VmYieldEvent,
} from './runtime/events.ts';
