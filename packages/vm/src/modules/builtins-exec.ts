/**
 * `exec`, `eval` and `compile` of source text: compiled by corosim's own compiler, run in the
 * given namespaces (the caller's by default). Mirrors CPython 3.8 Python/bltinmodule.c
 * `builtin_exec_impl`, `builtin_eval_impl`, `builtin_compile_impl`.
 * @module
 */
import { compileExpression, compileInteractive, compileModule } from '../compiler/compile.ts';
import type { stmt as Stmt } from '../parser/ast.ts';
import type { CompileWarning } from '../compiler/compiler.ts';
import { warnCompile } from './warnings-core.ts';
import type { CodeObject } from '../bytecode/code-object.ts';
import { parseModule } from '../parser/parse.ts';
import { CompileFailure, type Diagnostic } from '../source/diagnostic.ts';
import { CO_OPTIMIZED, PyCode } from '../objects/code.ts';
import { frameLocals } from '../objects/frame-attributes.ts';
import { dictGetStr, dictSetStr, isDict, type PyDict } from '../objects/dict.ts';
import { newFrame, type PyFrame } from '../objects/frame.ts';
import { PyModule } from '../objects/module.ts';
import { None } from '../objects/singletons.ts';
import { PyStr } from '../objects/str.ts';
import { runFrame } from '../interpreter/frame-runner.ts';
import { typeError } from '../runtime/errors.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { syntaxErrorFromDiagnostic } from '../runtime/syntax-error-object.ts';
import { tstate } from '../runtime/thread-state.ts';
import { registerSource } from '../runtime/io.ts';
import { decodeUtf8 } from '../source/utf8.ts';

/** Compiles source text in `exec` or `eval` mode, raising SyntaxError as CPython does. */
export function compileSource(source: string, filename: string, mode: CompileMode): CodeObject {
  try {
    const text = mode === 'eval' ? source.replace(/^[ \t]+/, '') : source;
    const module = parseModule(text, filename);
    registerSource(filename, text);
    if (mode === 'exec') return compileModule(module, { filename, source: text, optimizeLevel: 0, onWarning: (w: CompileWarning) => warnCompile(w.msg, w.filename, w.lineno) });
    if (mode === 'single') {
      checkSingleStatement(module.body, text, filename);
      return compileInteractive({ _type: 'Interactive', body: module.body }, { filename, source: text, optimizeLevel: 0, onWarning: (w: CompileWarning) => warnCompile(w.msg, w.filename, w.lineno) });
    }
    const only = module.body[0];
    if (module.body.length !== 1 || only?._type !== 'Expr') {
      throw new CompileFailure({ type: 'SyntaxError', msg: 'invalid syntax', filename, lineno: 1, offset: 1, text: text.split('\n')[0] ?? '' });
    }
    return compileExpression({ _type: 'Expression', body: only.value }, { filename, source: text, optimizeLevel: 0, onWarning: (w: CompileWarning) => warnCompile(w.msg, w.filename, w.lineno) });
  } catch (e) {
    if (e instanceof CompileFailure) throw syntaxErrorFromDiagnostic(mode === 'exec' ? atStringEnd(e.diagnostic, source) : e.diagnostic);
    throw e;
  }
}

/**
 * The string tokenizer counts no line past the last one: an error at the end of a string (where
 * a file's tokenizer is on the empty line after it) is on the last line, whose text gets the
 * newline the tokenizer adds.
 */
function atStringEnd(d: Diagnostic, source: string): Diagnostic {
  const lines = source.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (d.msg !== 'unexpected EOF while parsing' || d.lineno !== lines.length + 1 || lines.length === 0) return d;
  return { ...d, lineno: lines.length, text: `${lines[lines.length - 1] ?? ''}\n` };
}

/** The three modes of `compile()`. */
export type CompileMode = 'exec' | 'eval' | 'single';

/** Statements that take a block (`compound_stmt`): nothing may follow them in 'single' mode. */
const COMPOUND = new Set(['If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'Try', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef']);

/**
 * `single_input` takes one statement: one line of simple statements, or one compound statement.
 * The errors are CPython 3.8's: "unexpected EOF while parsing" for nothing at all, "invalid syntax"
 * at what follows a compound statement, else "multiple statements found while compiling a single
 * statement" at the end of the first line.
 */
function checkSingleStatement(body: readonly Stmt[], text: string, filename: string): void {
  const lines = text.split('\n');
  const lineText = (n: number): string => (lines[n - 1] ?? '') + (n < lines.length ? '\n' : '');
  const first = body[0];
  if (first === undefined) {
    throw new CompileFailure({ type: 'SyntaxError', msg: 'unexpected EOF while parsing', filename, lineno: 0, offset: 0, text: '' });
  }
  const next = body.find((st) => st.lineno !== first.lineno);
  if (next === undefined) return;
  if (COMPOUND.has(first._type)) {
    throw new CompileFailure({ type: 'SyntaxError', msg: 'invalid syntax', filename, lineno: next.lineno, offset: next.col_offset + 1, text: lineText(next.lineno) });
  }
  const line = lineText(first.lineno);
  throw new CompileFailure({
    type: 'SyntaxError', msg: 'multiple statements found while compiling a single statement', filename, lineno: first.lineno, offset: line.replace(/\n$/, '').length + 1, text: line,
  });
}

function codeOf(source: PyObject, filename: string, mode: CompileMode, name: string): PyCode {
  if (source instanceof PyCode) return incref(source);
  if (source instanceof PyStr) return new PyCode(compileSource(source.value, filename, mode));
  const bytes = (source as { value?: unknown }).value;
  if (bytes instanceof Uint8Array) return new PyCode(compileSource(decodeUtf8(bytes, 0, bytes.length), filename, mode));
  throw typeError(`${name}() arg 1 must be a string, bytes or code object`);
}

/** Runs a code object with explicit namespaces; a new reference to its value. */
export function runCode(code: PyCode, globals: PyDict, locals: PyObject): PyObject {
  if (dictGetStr(globals, '__builtins__') === null) {
    const caller = tstate.frame as PyFrame | null;
    if (caller !== null) dictSetStr(globals, '__builtins__', caller.builtins);
  }
  const builtins = dictGetStr(globals, '__builtins__');
  const builtinsDict = builtins instanceof PyModule ? builtins.namespace : builtins !== null && isDict(builtins) ? builtins : (tstate.frame as PyFrame).builtins;
  const f = newFrame(code, globals, builtinsDict, locals);
  f.back = tstate.frame === null ? null : incref(tstate.frame as PyFrame);
  try {
    return runFrame(f, null);
  } finally {
    decref(f);
  }
}

/** `exec(source, globals=None, locals=None)` and `eval(...)`. */
export function execOrEval(name: 'exec' | 'eval', args: readonly PyObject[]): PyObject {
  if (args.length < 1 || args.length > 3) throw typeError(`${name} expected at most 3 arguments, got ${args.length}`);
  const caller = tstate.frame as PyFrame;
  let globals = args[1] ?? None;
  let locals = args[2] ?? None;
  if (globals !== None && !isDict(globals)) {
    throw typeError(name === 'exec' ? `exec() globals must be a dict, not ${globals.type.name}` : 'globals must be a dict');
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
    code = codeOf(args[0] as PyObject, '<string>', name, name);
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

/** `compile(source, filename, mode)`. */
export function compileBuiltin(args: readonly PyObject[]): PyObject {
  const [source, filename, mode] = args;
  if (source === undefined || filename === undefined || mode === undefined) throw typeError(`compile() missing required argument`);
  if (!(mode instanceof PyStr) || (mode.value !== 'exec' && mode.value !== 'eval' && mode.value !== 'single')) {
    throw typeError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  const name = filename instanceof PyStr ? filename.value : '<string>';
  return codeOf(source, name, mode.value, 'compile');
}
