/**
 * `exec`, `eval` and `compile` of source text: compiled by corosim's own compiler, run in the
 * given namespaces (the caller's by default). Mirrors CPython 3.8 Python/bltinmodule.c
 * `builtin_exec_impl`, `builtin_eval_impl`, `builtin_compile_impl`.
 * @module
 */
import { compileExpression, compileInteractive, compileModule } from '../compiler/compile.ts';
import type { CompileWarning } from '../compiler/compiler.ts';
import { warn, warnCompile } from './warnings-core.ts';
import * as E from '../objects/exceptions.ts';
import { lookupSpecial } from '../runtime/attributes.ts';
import { callObject } from '../runtime/call.ts';
import type { CodeObject } from '../bytecode/code-object.ts';
import { parseModule } from '../parser/parse.ts';
import { parseEvalInput, parseSingleInput } from '../parser/parse-modes.ts';
import { CompileFailure } from '../source/diagnostic.ts';
import { programTextChunk } from '../source/source-buffer.ts';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_OPTIMIZED, PyCode } from '../objects/code.ts';
import { newAsyncGenerator } from '../objects/async-generator-object.ts';
import { newCoroutine } from '../objects/coroutine.ts';
import { newGenerator } from '../objects/generator.ts';
import { frameLocals } from '../objects/frame-attributes.ts';
import { dictGetStr, dictSetStr, isDict, type PyDict } from '../objects/dict.ts';
import { newFrame, releaseEvaluatedFrame, trackGeneratorFrame, type PyFrame } from '../objects/frame.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, cacheUtf8, newStr } from '../objects/str.ts';
import { runFrame } from '../interpreter/frame-runner.ts';
import { frameBuiltinsOf } from '../interpreter/call-frame.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { syntaxErrorFromDiagnostic } from '../runtime/syntax-error-object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { sourceLines } from '../runtime/io.ts';
import { decodeSourceBytes } from './source-decoding.ts';
import { decodeBytes, encodeText } from '../objects/str-methods-codec.ts';
import { contiguousViewBytes } from '../objects/memoryview.ts';
import { PyBytes } from '../objects/bytes.ts';
import { intMaxStrDigits } from '../objects/number-parse.ts';
import { tpName } from '../runtime/type-name.ts';
import { checkPositional, parseArgs } from '../runtime/clinic-args.ts';
import { intArg } from '../objects/list-methods.ts';
import { argTypeName } from '../runtime/arg-type-name.ts';

/** `PyCF_MASK`: the `CO_FUTURE_*` flags a compilation passes on (3.8's eight). */
const PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
/** `PyCF_MASK_OBSOLETE` (`CO_NESTED`). */
const PYCF_MASK_OBSOLETE = 0x10;
/** `PyCF_ALLOW_TOP_LEVEL_AWAIT`. */
const PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
/** `PyCF_ONLY_AST`. */
const PYCF_ONLY_AST = 0x400;
/** `PyCF_COMPILE_MASK`: ONLY_AST, ALLOW_TOP_LEVEL_AWAIT, TYPE_COMMENTS, DONT_IMPLY_DEDENT. */
const PYCF_COMPILE_MASK = PYCF_ONLY_AST | 0x2000 | 0x1000 | 0x200;

/** `PyEval_MergeCompilerFlags`: the future flags of the code running now (the caller's). */
function inheritedFutureFlags(): number {
  const frame = tstate.frame as PyFrame | null;
  return frame === null ? 0 : frame.code.co.flags & PYCF_MASK;
}

/**
 * Compiles source text in `exec`, `eval` or `single` mode, raising SyntaxError as CPython does.
 * `eval()` itself (`stripBlanks`) drops leading spaces and tabs first; `compile()` does not.
 * `futureFlags` are the future features in effect from the start (`PyCF_MASK` bits).
 */
export function compileSource(source: string, filename: string, mode: CompileMode, stripBlanks = false, futureFlags = 0, allowTopLevelAwait = false, optimizeLevel = 0): CodeObject {
  // `PyErr_ProgramTextObject` reads error lines back from the file of that name, not from the string.
  const fileLines = sourceLines(filename);
  try {
    const text = stripBlanks ? source.replace(/^[ \t]+/, '') : source;
    const onWarning = (w: CompileWarning): 'error' | undefined => warnCompile(w);
    const maxDigits = intMaxStrDigits();
    const options = { filename, source: text, optimizeLevel, futureFlags, allowTopLevelAwait, onWarning, recursionDepth: tstate.recursionDepth, recursionLimit: tstate.recursionLimit };
    if (mode === 'eval') {
      const expression = parseEvalInput(text, filename, onWarning, maxDigits);
      return compileExpression(expression, options);
    }
    if (mode === 'single') {
      const interactive = parseSingleInput(text, filename, onWarning, maxDigits);
      return compileInteractive(interactive, options);
    }
    const module = parseModule(text, filename, true, onWarning, maxDigits);
    return compileModule(module, options);
  } catch (e) {
    if (!(e instanceof CompileFailure)) throw e;
    let d = e.diagnostic;
    if (d.textFromFile === true) d = { ...d, text: fileLine(filename, fileLines, d.lineno) };
    // Bytes that were not UTF-8 show as U+FFFD in the error's line (`PyUnicode_DecodeUTF8(..., "replace")`).
    // (A low surrogate after a high one is half of a character past U+FFFF, not a byte.)
    if (d.text !== null && ESCAPED_BYTE.test(d.text)) d = { ...d, text: d.text.replace(ESCAPED_BYTES, '\ufffd') };
    throw syntaxErrorFromDiagnostic(d);
  }
}

/** A byte that was not UTF-8, kept as a lone surrogate U+DC80..U+DCFF. */
const ESCAPED_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;
const ESCAPED_BYTES = new RegExp(ESCAPED_BYTE.source, 'g');

/** Line `lineno` of the file `filename` as the program's files hold it (with its newline), or null. */
function fileLine(filename: string, lines: readonly string[] | undefined, lineno: number | null): string | null {
  if (lines === undefined || lineno === null || lineno < 1 || filename.startsWith('<')) return null;
  const line = lines[lineno - 1];
  // Past the end of the file `err_programtext`'s last read fails and leaves its buffer empty.
  if (line === undefined || (line === '' && lineno === lines.length)) return '';
  return programTextChunk(lineno < lines.length ? `${line}\n` : line);
}

/** The three modes of `compile()`. */
export type CompileMode = 'exec' | 'eval' | 'single';

/**
 * `_Py_SourceAsString`: the text of a str or bytes-like source, or TypeError "NAME() arg 1 must
 * be a WHAT object"; UnicodeEncodeError for a str holding a lone surrogate (it has no UTF-8);
 * ValueError when it holds a NUL (the C string would end there). Bytes are then decoded as the
 * tokenizer decodes them (BOM, coding declaration).
 */
function sourceText(source: PyObject, name: string, what: string, filename: string): string {
  if (source instanceof PyStr) {
    const text = source.value;
    if (/[\ud800-\udfff]/.test(text)) encodeText(text, 'utf-8', 'strict');
    // `source_as_string` reads the text through `PyUnicode_AsUTF8AndSize`, which caches it.
    cacheUtf8(source);
    if (text.includes('\0')) throw valueError('source code string cannot contain null bytes');
    return text;
  }
  const raw = (source as { value?: unknown }).value;
  const bytes = raw instanceof Uint8Array ? raw : contiguousViewBytes(source);
  if (bytes === null) throw typeError(`${name}() arg 1 must be a ${what} object`);
  if (bytes.includes(0)) throw valueError('source code string cannot contain null bytes');
  return decodeSourceBytes(bytes, filename);
}

function codeOf(source: PyObject, filename: string, mode: CompileMode, name: string, futureFlags: number, allowTopLevelAwait = false, optimizeLevel = 0): PyCode {
  // exec() and eval() run a code object as it is; compile() takes source text (or an AST) only.
  if (source instanceof PyCode && name !== 'compile') return incref(source);
  const text = sourceText(source, name, name === 'compile' ? 'string, bytes or AST' : 'string, bytes or code', filename);
  return new PyCode(compileSource(text, filename, mode, name === 'eval', futureFlags, allowTopLevelAwait, optimizeLevel));
}

/** `PyMapping_Check`: the type has `mp_subscript` (corosim's merged `getitem` slot). */
function isMapping(o: PyObject): boolean {
  return o.type.getitem !== undefined;
}

/** Runs a code object with explicit namespaces; a new reference to its value. */
export function runCode(code: PyCode, globals: PyDict, locals: PyObject): PyObject {
  if (dictGetStr(globals, '__builtins__') === null) {
    const caller = tstate.frame as PyFrame | null;
    if (caller !== null) dictSetStr(globals, '__builtins__', caller.builtins);
  }
  const f = newFrame(code, globals, frameBuiltinsOf(globals) ?? (tstate.frame as PyFrame).builtins, locals);
  const flags = code.co.flags;
  if ((flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0) return generatorOf(f, flags);
  f.back = tstate.frame === null ? null : incref(tstate.frame as PyFrame);
  try {
    return runFrame(f, null);
  } finally {
    releaseEvaluatedFrame(f);
  }
}

/**
 * `_PyEval_EvalCodeWithName` for code with generator flags (a module compiled with
 * PyCF_ALLOW_TOP_LEVEL_AWAIT, say): the frame, ready to run, goes into a new coroutine,
 * async generator or generator named after the code, which is returned instead.
 */
function generatorOf(f: PyFrame, flags: number): PyObject {
  const name = f.code.name;
  const gen = (flags & CO_COROUTINE) !== 0 ? newCoroutine(f, name, name)
    : (flags & CO_ASYNC_GENERATOR) !== 0 ? newAsyncGenerator(f, name, name)
      : newGenerator(f, name, name);
  // The generator is tracked first, then its frame.
  trackGeneratorFrame(f);
  decref(f);
  return gen;
}

/**
 * `builtin_eval_impl`/`builtin_exec_impl`: a code object with free variables has no cells to run
 * with; the check comes after `__builtins__` is put in the globals.
 */
function checkNoFreeVars(name: 'exec' | 'eval', source: PyObject, globals: PyDict): void {
  if (!(source instanceof PyCode) || source.co.freevars.length === 0) return;
  if (dictGetStr(globals, '__builtins__') === null) dictSetStr(globals, '__builtins__', (tstate.frame as PyFrame).builtins);
  throw typeError(`code object passed to ${name}() may not contain free variables`);
}

/** `exec(source, globals=None, locals=None)` and `eval(...)`. */
export function execOrEval(name: 'exec' | 'eval', args: readonly PyObject[]): PyObject {
  checkPositional(name, args.length, 1, 3);
  const caller = tstate.frame as PyFrame;
  let globals = args[1] ?? None;
  let locals = args[2] ?? None;
  if (name === 'eval') {
    // `builtin_eval_impl`: the locals are checked first.
    if (locals !== None && !isMapping(locals)) throw typeError('locals must be a mapping');
    if (globals !== None && !isDict(globals)) {
      throw typeError(isMapping(globals) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
  } else {
    // `builtin_exec_impl`: the locals default to the globals before either is checked.
    if (globals !== None && !isDict(globals)) throw typeError(`exec() globals must be a dict, not ${tpName(globals.type)}`);
    const effective = locals === None ? globals : locals;
    if (effective !== None && !isMapping(effective)) throw typeError(`locals must be a mapping or None, not ${tpName(effective.type)}`);
  }
  // `PyEval_GetLocals` lends the frame's own dict; frameLocals gives a reference to drop after.
  let snapshot: PyObject | null = null;
  if (globals === None) {
    globals = caller.globals;
    // A function's locals are a snapshot dict (`PyEval_GetLocals` → `PyFrame_FastToLocals`).
    if (locals === None) {
      if (caller.locals !== null && (caller.code.co.flags & CO_OPTIMIZED) === 0) locals = caller.locals;
      else locals = snapshot = frameLocals(caller);
    }
  } else if (locals === None) {
    locals = globals;
  }
  let code: ReturnType<typeof codeOf>;
  try {
    checkNoFreeVars(name, args[0] as PyObject, globals as PyDict);
    code = codeOf(args[0] as PyObject, '<string>', name, name, inheritedFutureFlags());
  } catch (e) {
    if (snapshot !== null) decref(snapshot);
    throw e;
  }
  try {
    const res = runCode(code, globals as PyDict, locals);
    if (name === 'exec') {
      decref(res);
      return incref(None);
    }
    return res;
  } finally {
    decref(code);
    if (snapshot !== null) decref(snapshot);
  }
}

/**
 * `PyUnicode_FSDecoder`: a str as it is, an `os.PathLike`'s `__fspath__()`, bytes decoded with
 * `surrogateescape`; other buffers (bytearray, memoryview) too, after a DeprecationWarning.
 */
function fsDecode(filename: PyObject): string {
  let path = filename;
  const fspath = filename instanceof PyStr || filename instanceof PyBytes ? null : lookupSpecial(filename, '__fspath__');
  if (fspath !== null) {
    try {
      path = callObject(fspath, []);
    } finally {
      decref(fspath);
    }
    if (!(path instanceof PyStr) && !(path instanceof PyBytes)) {
      const bad = tpName(path.type);
      decref(path);
      throw typeError(`expected ${tpName(filename.type)}.__fspath__() to return str or bytes, not ${bad}`);
    }
  } else {
    incref(path);
  }
  try {
    if (path instanceof PyStr) return path.value;
    if (path instanceof PyBytes) return decodeBytes(path.value, 'utf-8', 'surrogateescape');
    const raw = (path as { value?: unknown }).value;
    const view = raw instanceof Uint8Array ? raw : contiguousViewBytes(path);
    if (view === null) throw typeError(`expected str, bytes or os.PathLike object, not ${tpName(path.type)}`);
    const message = newStr(`path should be string, bytes, or os.PathLike, not ${tpName(path.type)}`);
    try {
      warn(E.DeprecationWarning, message, 1);
    } finally {
      decref(message);
    }
    return decodeBytes(view, 'utf-8', 'surrogateescape');
  } finally {
    decref(path);
  }
}

const COMPILE_PARAMS = ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'];

/** `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`. */
export function compileBuiltin(args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  // Argument Clinic: `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)`.
  const [source, filename, mode, flagsArg, dontInherit, optimizeArg] = parseArgs('compile', args, kwnames, COMPILE_PARAMS, 3, 0, 6) as [PyObject, PyObject, PyObject, ...(PyObject | undefined)[]];
  // Argument Clinic: `filename` through PyUnicode_FSDecoder, `mode` as a str.
  const name = fsDecode(filename);
  if (!(mode instanceof PyStr)) throw typeError(`compile() argument 'mode' must be str, not ${argTypeName(mode)}`);
  // Clinic's `int` converter for flags, dont_inherit (a `bool(accept={int})`) and optimize.
  const given = flagsArg === undefined ? 0 : intArg(flagsArg);
  const inherit = dontInherit === undefined || intArg(dontInherit) === 0;
  // -1 is the interpreter's own level (corosim runs without -O).
  const optimize = optimizeArg === undefined ? -1 : intArg(optimizeArg);
  // `builtin_compile_impl`: the flags are checked before the mode.
  if ((given & ~(PYCF_MASK | PYCF_MASK_OBSOLETE | PYCF_COMPILE_MASK)) !== 0) throw valueError('compile(): unrecognised flags');
  if (optimize < -1 || optimize > 2) throw valueError('compile(): invalid optimize value');
  if (mode.value !== 'exec' && mode.value !== 'eval' && mode.value !== 'single') {
    // DEVIATION(cpython): 'func_type' with PyCF_ONLY_AST makes an ast.FunctionType; without an
    // `ast` module it is refused as an unknown mode.
    if (mode.value === 'func_type' && (given & PYCF_ONLY_AST) === 0) throw valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    throw valueError((given & PYCF_ONLY_AST) === 0 ? "compile() mode must be 'exec', 'eval' or 'single'" : "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
  }
  // DEVIATION(cpython): only the future flags and PyCF_ALLOW_TOP_LEVEL_AWAIT are read (no
  // PyCF_ONLY_AST: there is no `ast` module).
  let flags = given & PYCF_MASK;
  if (inherit) flags |= inheritedFutureFlags();
  return codeOf(source, name, mode.value, 'compile', flags, (given & PYCF_ALLOW_TOP_LEVEL_AWAIT) !== 0, optimize === -1 ? 0 : optimize);
}
