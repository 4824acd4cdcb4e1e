/**
 * A compiled code object with every `co_*` attribute of CPython 3.8. Mirrors CPython 3.8
 * Include/code.h `PyCodeObject`.
 * @module
 */
import type { Constant } from './constant.ts';

/**
 * The result of compiling a module, class body, function, lambda or comprehension.
 *
 * @remarks
 * Field names keep CPython's `co_` names without the prefix: `code` is `co_code`, the bytecode
 * as 2-byte units (opcode, argument), and `lnotab` is `co_lnotab`, the byte-code-offset /
 * line-number increments table.
 */
export interface CodeObject {
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly nlocals: number;
  readonly stacksize: number;
  readonly flags: number;
  readonly code: Uint8Array;
  readonly consts: readonly Constant[];
  readonly names: readonly string[];
  readonly varnames: readonly string[];
  readonly freevars: readonly string[];
  readonly cellvars: readonly string[];
  readonly filename: string;
  readonly name: string;
  readonly firstlineno: number;
  readonly lnotab: Uint8Array;
}
