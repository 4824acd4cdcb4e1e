/**
 * Rows of `PyFrameObject` (its header with `ob_size`, `f_lasti`, `f_lineno`, the used part of the
 * block stack, the fast locals and the value stack of a suspended frame) and of `PyCodeObject`.
 * Mirrors CPython 3.8 Include/frameobject.h, Objects/frameobject.c and Include/code.h.
 * @module
 */
import { EXCEPT_HANDLER, blockHandler, blockLevel, blockType, type PyFrame } from '../objects/frame.ts';
import { CodeField, type PyCode } from '../objects/code.ts';
import { RowSink, clip, shortRepr } from './layout-row.ts';
import { POINTER_SIZE, STRUCTS } from './layouts.generated.ts';

/** `CO_MAXBLOCKS`: the block stack's capacity. */
const CO_MAXBLOCKS = 20;

/** The opcode of a block (`b_type`). */
function blockName(type: number): string {
  if (type === EXCEPT_HANDLER) return 'EXCEPT_HANDLER';
  if (type === 122) return 'SETUP_FINALLY';
  return '';
}

/** The rows of a frame after the PyObject header. */
export function frameRows(sink: RowSink, frame: PyFrame): void {
  const s = 'PyFrameObject';
  const f = STRUCTS.PyFrameObject.fields;
  const code = frame.code;
  const slots = frame.fast.length;
  sink.int('PyVarObject', 'ob_size', { offset: 16, size: 8, ctype: 'Py_ssize_t' }, frame.extras, frame.extras === code.frameExtras ? 'stack + locals + cells + frees' : `room for ${frame.extras} slots (a frame reused from the free list), ${code.frameExtras} used`);
  sink.pointer(s, 'f_back', f.f_back, frame.back);
  sink.pointer(s, 'f_code', f.f_code, code);
  sink.pointer(s, 'f_builtins', f.f_builtins, frame.builtins);
  sink.pointer(s, 'f_globals', f.f_globals, frame.globals);
  sink.pointer(s, 'f_locals', f.f_locals, frame.locals);
  const valuestack = frame.address + f.f_localsplus.offset + POINTER_SIZE * slots;
  sink.add(s, 'f_valuestack', f.f_valuestack, `0x${valuestack.toString(16)}`, `&f_localsplus[${slots}]`);
  // The eval loop keeps the stack pointer in a local while it runs: f_stacktop is NULL then, and
  // for good once the frame has finished.
  const stacked = !frame.executing && !frame.finished;
  sink.add(s, 'f_stacktop', f.f_stacktop, stacked ? `0x${(valuestack + POINTER_SIZE * frame.sp).toString(16)}` : 'NULL',
    stacked ? `${frame.sp} on the value stack` : '');
  sink.add(s, 'f_trace', f.f_trace, 'NULL', '');
  sink.int(s, 'f_trace_lines', f.f_trace_lines, 1);
  sink.int(s, 'f_trace_opcodes', f.f_trace_opcodes, 0);
  sink.pointer(s, 'f_gen', f.f_gen, frame.gen);
  sink.int(s, 'f_lasti', f.f_lasti, frame.lasti, frame.lasti < 0 ? 'not started' : `last instruction at byte ${frame.lasti}`);
  // Without a trace function CPython never updates the field: it keeps co_firstlineno, and the
  // f_lineno attribute computes the line from f_lasti instead.
  sink.int(s, 'f_lineno', f.f_lineno, code.co.firstlineno, `frame.f_lineno is ${frame.lineno}`);
  sink.int(s, 'f_iblock', f.f_iblock, frame.blocks.length);
  sink.flag(s, 'f_executing', f.f_executing, frame.executing);
  blockRows(sink, frame);
  const names = [...code.varnames, ...code.cellAndFreeNames];
  frame.fast.forEach((value, i) => {
    const spec = { offset: f.f_localsplus.offset + POINTER_SIZE * i, size: POINTER_SIZE, ctype: 'PyObject *' };
    const name = names[i]?.value ?? '?';
    sink.add(s, `f_localsplus[${i}]`, spec, value === null ? 'NULL' : `0x${value.address.toString(16)}`,
      value === null ? `${name} (unbound)` : clip(`${name} = ${shortRepr(value)}`));
  });
  if (!stacked) return;
  for (let i = 0; i < frame.sp; i++) {
    const value = frame.stack[i] ?? null;
    const spec = { offset: f.f_localsplus.offset + POINTER_SIZE * (slots + i), size: POINTER_SIZE, ctype: 'PyObject *' };
    sink.pointer(s, `f_valuestack[${i}]`, spec, value);
  }
}

/** The used blocks of `f_blockstack`, three rows each, or one row saying none is used. */
function blockRows(sink: RowSink, frame: PyFrame): void {
  const stack = STRUCTS.PyFrameObject.fields.f_blockstack;
  const b = STRUCTS.PyTryBlock;
  if (frame.blocks.length === 0) {
    sink.add('PyFrameObject', 'f_blockstack', stack, '(empty)', `0 of ${CO_MAXBLOCKS} blocks in use`);
    return;
  }
  frame.blocks.forEach((block, i) => {
    const shift = stack.offset + b.sizeof * i;
    const type = blockType(block);
    const handler = blockHandler(block);
    sink.int('PyTryBlock', `f_blockstack[${i}].b_type`, b.fields.b_type, type, blockName(type), shift);
    sink.int('PyTryBlock', `f_blockstack[${i}].b_handler`, b.fields.b_handler, handler, `handler at byte ${handler}`, shift);
    sink.int('PyTryBlock', `f_blockstack[${i}].b_level`, b.fields.b_level, blockLevel(block), 'value stack depth', shift);
  });
}

/**
 * The rows of a code object after the PyObject header.
 *
 * DEVIATION(cpython): corosim keeps `co_code`, `co_consts`, `co_names`, `co_varnames`,
 * `co_freevars`, `co_cellvars` and `co_lnotab` as plain data until the program reads them (the
 * object is made then and kept), so a member never read has no simulated address; its row shows
 * `(no address)` and the value.
 */
export function codeRows(sink: RowSink, code: PyCode): void {
  const s = 'PyCodeObject';
  const f = STRUCTS.PyCodeObject.fields;
  const co = code.co;
  sink.int(s, 'co_argcount', f.co_argcount, co.argcount);
  sink.int(s, 'co_posonlyargcount', f.co_posonlyargcount, co.posonlyargcount);
  sink.int(s, 'co_kwonlyargcount', f.co_kwonlyargcount, co.kwonlyargcount);
  sink.int(s, 'co_nlocals', f.co_nlocals, co.nlocals);
  sink.int(s, 'co_stacksize', f.co_stacksize, co.stacksize);
  sink.int(s, 'co_flags', f.co_flags, co.flags, `0x${co.flags.toString(16)}`);
  sink.int(s, 'co_firstlineno', f.co_firstlineno, co.firstlineno);
  type Spec = { offset: number; size: number; ctype: string };
  const plain = (field: string, spec: Spec, repr: string): void => {
    sink.add(s, field, spec, '(no address)', clip(repr));
  };
  // A member the program has read is an object the code object holds.
  const member = (field: string, spec: Spec, slot: number, repr: () => string): void => {
    const held = code.fields[slot];
    if (held === undefined) plain(field, spec, repr());
    else sink.pointer(s, field, spec, held);
  };
  member('co_code', f.co_code, CodeField.Code, () => `bytes, ${co.code.length} bytes`);
  member('co_consts', f.co_consts, CodeField.Consts, () => tupleRepr(code.consts.map((c) => shortRepr(c))));
  member('co_names', f.co_names, CodeField.Names, () => tupleRepr(co.names.map((n) => `'${n}'`)));
  member('co_varnames', f.co_varnames, CodeField.Varnames, () => tupleRepr(co.varnames.map((n) => `'${n}'`)));
  member('co_freevars', f.co_freevars, CodeField.Freevars, () => tupleRepr(co.freevars.map((n) => `'${n}'`)));
  member('co_cellvars', f.co_cellvars, CodeField.Cellvars, () => tupleRepr(co.cellvars.map((n) => `'${n}'`)));
  if (code.cell2arg === null) sink.add(s, 'co_cell2arg', f.co_cell2arg, 'NULL', '');
  else plain('co_cell2arg', f.co_cell2arg, `[${code.cell2arg.join(', ')}]`);
  sink.pointer(s, 'co_filename', f.co_filename, code.filename);
  sink.pointer(s, 'co_name', f.co_name, code.name);
  member('co_lnotab', f.co_lnotab, CodeField.Lnotab, () => `bytes, ${co.lnotab.length} bytes`);
  const zombie = code.zombieFrame;
  sink.add(s, 'co_zombieframe', f.co_zombieframe, zombie === null ? 'NULL' : `0x${zombie.address.toString(16)}`, zombie === null ? '' : 'a frame kept for the next call');
  sink.pointer(s, 'co_weakreflist', f.co_weakreflist, code.weakrefs?.[0] ?? null);
  sink.add(s, 'co_extra', f.co_extra, 'NULL', '');
  sink.add(s, 'co_opcache_map', f.co_opcache_map, 'NULL', '');
  sink.add(s, 'co_opcache', f.co_opcache, 'NULL', '');
  sink.int(s, 'co_opcache_flag', f.co_opcache_flag, 0);
  sink.int(s, 'co_opcache_size', f.co_opcache_size, 0);
}

/** A tuple's repr from its items' reprs. */
function tupleRepr(items: readonly string[]): string {
  return items.length === 1 ? `(${items[0] ?? ''},)` : `(${items.join(', ')})`;
}

