/**
 * `input([prompt])`: the prompt goes to `sys.stdout` and a line comes from `sys.stdin.readline()`,
 * its newline stripped. Mirrors CPython 3.8 Python/bltinmodule.c `builtin_input_impl` (its
 * non-interactive path) and Objects/fileobject.c `PyFile_GetLine`.
 *
 * DEVIATION(cpython): corosim's standard input is no terminal, so GNU readline is never used; and
 * a run has no `sys.stdin` of its own (a program reaches nothing of the host), so `input()` reads
 * only a stream the program put in `sys.stdin`, and says "input(): lost sys.stdin" otherwise.
 * @module
 */
import { PyBytes, newBytes } from '../objects/bytes.ts';
import * as E from '../objects/exceptions.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { longValue } from '../runtime/abstract-number.ts';
import { str } from '../runtime/abstract-object.ts';
import { callMethodId } from '../runtime/call.ts';
import { checkPositional } from '../runtime/clinic-args.ts';
import { PyRaise, clearRaise, raiseMessage, typeError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import { writeStrToFile } from './streams.ts';
import { sysAttribute } from './sys.ts';

/** `sys.<name>` (borrowed), or input()'s RuntimeError when it is missing or None. */
function stream(name: 'stdin' | 'stdout' | 'stderr'): PyObject {
  const f = sysAttribute(name);
  if (f === null || f === None) throw raiseMessage(E.RuntimeError, `input(): lost sys.${name}`);
  return f;
}

/** Calls `f.<name>()` for its effect only, an error included (`PyErr_Clear`). */
function callIgnoringErrors(f: PyObject, name: string): PyObject | null {
  try {
    return callMethodId(f, name);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    clearRaise(e);
    return null;
  }
}

/**
 * `PyFile_GetLine(f, -1)`: `f.readline()`, which must give str or bytes; an empty line is EOF, and
 * a trailing newline is dropped. A new reference.
 */
function getLine(f: PyObject): PyObject {
  const line = callMethodId(f, 'readline');
  if (line instanceof PyStr) {
    if (line.value.length === 0) {
      decref(line);
      throw raiseMessage(E.EOFError, 'EOF when reading a line');
    }
    if (!line.value.endsWith('\n')) return line;
    decref(line);
    return newStr(line.value.slice(0, -1));
  }
  if (line instanceof PyBytes) {
    const n = line.value.length;
    if (n === 0) {
      decref(line);
      throw raiseMessage(E.EOFError, 'EOF when reading a line');
    }
    if (line.value[n - 1] !== 0x0a) return line;
    decref(line);
    return newBytes(line.value.slice(0, n - 1));
  }
  decref(line);
  throw typeError('object.readline() returned non-string');
}

/** `builtin_input_impl` when standard input is not a terminal. */
function input(prompt: PyObject | null): PyObject {
  const fin = stream('stdin');
  const fout = stream('stdout');
  const ferr = stream('stderr');
  const flushed = callIgnoringErrors(ferr, 'flush');
  if (flushed !== null) decref(flushed);
  // Whether stdin is the process's terminal: its fileno() is read (an int, or the error is
  // cleared), and the answer is no.
  const fd = callIgnoringErrors(fin, 'fileno');
  if (fd !== null) {
    try {
      longValue(fd);
    } finally {
      decref(fd);
    }
  }
  if (prompt !== null) {
    const text = str(prompt);
    try {
      writeStrToFile(fout, text);
    } finally {
      decref(text);
    }
  }
  const flushedOut = callIgnoringErrors(fout, 'flush');
  if (flushedOut !== null) decref(flushedOut);
  return getLine(fin);
}

/** `builtins.input(prompt=None, /)`. */
export const inputDef: NativeDef = {
  name: 'input', kind: 'fast',
  impl: (_m, args) => {
    checkPositional('input', args.length, 0, 1);
    return input(args[0] ?? null);
  },
};
