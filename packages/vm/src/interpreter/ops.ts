/**
 * The opcode helpers the interpreter loop calls, in one namespace.
 * @module
 */
export * from './ops-names.ts';
export * from './ops-build.ts';
export * from './ops-misc.ts';
export * from './ops-import.ts';
