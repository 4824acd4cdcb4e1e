/**
 * The `opcode` module: the opcode tables `dis` and bytecode tools share (`opname`, `opmap`,
 * `cmp_op`, the `has*` lists, `HAVE_ARGUMENT`, `EXTENDED_ARG`) and `stack_effect`. `dis` takes
 * them from here, so `dis.opmap is opcode.opmap`. Mirrors CPython 3.8 Lib/opcode.py.
 * @module
 */
import { OPCODE_ALL, STACK_EFFECT_DEF, opcodeTableValues } from './dis-tables.ts';
import { defineNativeModule } from './module-builder.ts';

defineNativeModule({
  name: 'opcode',
  doc: '\nopcode module - potentially shared between dis and other modules which\noperate on bytecodes (e.g. peephole optimizers).\n',
  all: OPCODE_ALL,
  functions: [STACK_EFFECT_DEF],
  values: opcodeTableValues,
});
