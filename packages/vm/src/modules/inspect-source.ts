/**
 * `inspect.getfile`, `getsourcefile`, `getmodule`, `findsource`, `getsourcelines`, `getsource`,
 * `getblock`, `getcomments`, `getmodulename` and `indentsize`: an object's source, from the lines the interpreter keeps of every
 * file it compiled (`linecache`). Mirrors CPython 3.8 Lib/inspect.py.
 * @module
 */
import { compilePythonRegexOrRaise } from './python-regex.ts';
import { codeType, PyCode } from '../objects/code.ts';
import { dictGetStr, dictItems } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import { frameType, type PyFrame } from '../objects/frame.ts';
import { newInt } from '../objects/int.ts';
import { newListStealing, PyList } from '../objects/list.ts';
import { methodType } from '../objects/method.ts';
import { moduleType } from '../objects/module.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { PyStr, newStr } from '../objects/str.ts';
import { tracebackType } from '../objects/traceback.ts';
import { newTupleStealing } from '../objects/tuple.ts';
import { reprText, strText } from '../runtime/abstract-object.ts';
import { getAttrString, lookupAttrString } from '../runtime/attributes.ts';
import { PyRaise, clearRaise, exceptionMatches, raiseMessage, typeError } from '../runtime/errors.ts';
import { sysModules } from '../runtime/import-system.ts';
import { PyType, decref, incref, type PyObject } from '../runtime/object.ts';
import { expandTabs } from '../objects/str-methods-case.ts';
import { blockLength } from './inspect-block.ts';
import { linecacheLines } from './inspect-frames.ts';
import { isFunction, unwrapObject } from './inspect-more.ts';
import { bindArgs } from './abc-function.ts';

/** `ismodule`. */
function isModule(o: PyObject): boolean {
  return o.type.isSubtype(moduleType);
}

/** A string attribute's text, or null when there is none or it is no string. */
function strAttr(o: PyObject, name: string): string | null {
  const v = lookupAttrString(o, name);
  if (v === null) return null;
  try {
    return v instanceof PyStr ? v.value : null;
  } finally {
    decref(v);
  }
}

/** The module `sys.modules` has under the object's `__module__` (borrowed), or null. */
function moduleOf(o: PyObject): PyObject | null {
  const name = strAttr(o, '__module__');
  return name === null ? null : dictGetStr(sysModules(), name);
}

/**
 * The code object of a method, function, traceback, frame or code (through each in that order,
 * as `getfile` and `findsource` go), or null.
 */
function codeOf(o: PyObject): PyCode | null {
  let current = incref(o);
  const step = (name: string): void => {
    const next = getAttrString(current, name);
    decref(current);
    current = next;
  };
  try {
    if (current.type.isSubtype(methodType)) step('__func__');
    if (isFunction(current)) step('__code__');
    if (current.type === tracebackType) step('tb_frame');
    if (current.type === frameType) return (current as PyFrame).code;
    return current.type === codeType ? (current as PyCode) : null;
  } finally {
    decref(current);
  }
}

/** `getfile(object)`: the file an object was defined in. */
function getFile(o: PyObject): string {
  if (isModule(o)) {
    const file = strAttr(o, '__file__');
    if (file !== null && file !== '') return file;
    throw typeError(`${reprText(o)} is a built-in module`);
  }
  if (o instanceof PyType) {
    const module = moduleOf(o);
    const file = module === null ? null : strAttr(module, '__file__');
    if (file !== null && file !== '') return file;
    throw typeError(`${reprText(o)} is a built-in class`);
  }
  const code = codeOf(o);
  if (code !== null) return code.co.filename;
  throw typeError(`module, class, method, function, traceback, frame, or code object was expected, got ${o.type.name}`);
}

/**
 * `getsourcefile(object)`: the source file of an object, if its source is known, or if the module
 * `getmodule` finds for that file name has a `__loader__` (a PEP 302 loader understands it); else
 * null.
 */
function getSourceFile(o: PyObject): string | null {
  let file = getFile(o);
  if (file.endsWith('.pyc')) file = file.slice(0, -1);
  if (linecacheLines(file).length > 0) return file;
  const module = getModule(o, file);
  const loader = module === null ? null : lookupAttrString(module, '__loader__');
  if (loader === null) return null;
  decref(loader);
  return loader === None ? null : file;
}

/** `getmodule(object, _filename=None)` (borrowed), or null. */
function getModule(o: PyObject, filename: string | null = null): PyObject | null {
  if (isModule(o)) return o;
  const moduleName = lookupAttrString(o, '__module__');
  if (moduleName !== null) {
    decref(moduleName);
    return moduleOf(o);
  }
  let file: string;
  try {
    file = filename ?? getSourceFile(o) ?? getFile(o);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    return null;
  }
  // The module loaded from that file (copied: a `__file__` lookup may run code).
  for (const [, module] of dictItems(sysModules())) {
    if (isModule(module) && strAttr(module, '__file__') === file) return module;
  }
  const name = strAttr(o, '__name__');
  if (name === null) return null;
  for (const where of ['__main__', 'builtins']) {
    const module = dictGetStr(sysModules(), where);
    if (module === null) continue;
    const found = lookupAttrString(module, name);
    if (found === null) continue;
    decref(found);
    if (found === o) return module;
  }
  return null;
}

/** `OSError(message)`. */
function osError(message: string): never {
  throw raiseMessage(E.OSError, message);
}

const FUNCTION_START = /^(\s*def\s)|(\s*async\s+def\s)|(.*(?<![\p{L}\p{N}_])lambda(:|\s))|^(\s*@)/u;

/** `findsource(object)`: every line of the object's file, and the index of its first line. */
function findSource(o: PyObject): [string[], number] {
  let file = getSourceFile(o);
  if (file === null) {
    file = getFile(o);
    if (!(file.startsWith('<') && file.endsWith('>'))) osError('source code not available');
  }
  const lines = linecacheLines(file);
  if (lines.length === 0) osError('could not get source code');
  if (isModule(o)) return [lines, 0];
  if (o instanceof PyType) {
    // `re.compile(r'^(\s*)class\s*' + name + r'\b')`: a name that breaks the pattern raises re.error.
    const pattern = compilePythonRegexOrRaise(`^(\\s*)class\\s*${o.name}\\b`, false);
    // The least indented definition is the likeliest not to be inside a function.
    let best: [string, number] | null = null;
    for (let i = 0; i < lines.length; i++) {
      const match = pattern.exec(lines[i] as string);
      if (match === null) continue;
      if ((lines[i] as string)[0] === 'c') return [lines, i];
      const indent = match[1] as string;
      if (best === null || indent < best[0]) best = [indent, i];
    }
    if (best === null) osError('could not find class definition');
    return [lines, best[1]];
  }
  const code = codeOf(o);
  if (code === null) osError('could not find code object');
  let lnum = code.co.firstlineno - 1;
  while (lnum > 0) {
    const line = lines[lnum];
    if (line === undefined) osError('lineno is out of bounds');
    if (FUNCTION_START.test(line)) break;
    lnum--;
  }
  return [lines, lnum];
}

/** `getsourcelines(object)`: the lines of the object's source and the number of its first line. */
function getSourceLines(obj: PyObject): [string[], number] {
  const o = unwrapObject(obj);
  try {
    const [lines, lnum] = findSource(o);
    const frame = o.type === tracebackType ? getAttrString(o, 'tb_frame') : incref(o);
    try {
      if (isModule(frame) || (frame.type === frameType && (frame as PyFrame).code.co.name === '<module>')) return [lines, 0];
    } finally {
      decref(frame);
    }
    const rest = lines.slice(lnum);
    return [rest.slice(0, blockLength(rest)), lnum + 1];
  } finally {
    decref(o);
  }
}

/** The text of each item of a list of strings (`getblock`'s argument). */
function lineTexts(o: PyObject): string[] {
  if (!(o instanceof PyList)) throw typeError('getblock() expects a list of lines');
  return o.items.map((item) => {
    if (!(item instanceof PyStr)) throw typeError('getblock() expects a list of lines');
    return item.value;
  });
}

/** `indentsize(line)`: the width of its indentation, tabs expanded. */
function indentSize(line: string): number {
  const expanded = expandTabs(line, 8);
  return expanded.length - expanded.replace(/^\s+/u, '').length;
}

/** `getcomments(object)`: the comment lines just above its source (or at the top of a module's file), or null. */
function getComments(o: PyObject): string | null {
  let lines: string[];
  let lnum: number;
  try {
    [lines, lnum] = findSource(o);
  } catch (e) {
    if (!(e instanceof PyRaise) || !(exceptionMatches(e, E.OSError) || exceptionMatches(e, E.TypeError))) throw e;
    clearRaise(e);
    return null;
  }
  const at = (i: number): string => lines[i] as string;
  if (isModule(o)) {
    let start = lines.length > 0 && at(0).startsWith('#!') ? 1 : 0;
    while (start < lines.length && ['', '#'].includes(at(start).trim())) start++;
    if (start >= lines.length || !at(start).startsWith('#')) return null;
    let out = '';
    for (let end = start; end < lines.length && at(end).startsWith('#'); end++) out += expandTabs(at(end), 8);
    return out;
  }
  if (lnum <= 0) return null;
  const indent = indentSize(at(lnum));
  let end = lnum - 1;
  if (!(at(end).trimStart().startsWith('#') && indentSize(at(end)) === indent)) return null;
  const comments = [expandTabs(at(end), 8).trimStart()];
  if (end > 0) {
    end--;
    let comment = expandTabs(at(end), 8).trimStart();
    while (comment.startsWith('#') && indentSize(at(end)) === indent) {
      comments.unshift(comment);
      end--;
      if (end < 0) break;
      comment = expandTabs(at(end), 8).trimStart();
    }
  }
  while (comments.length > 0 && (comments[0] as string).trim() === '#') comments.shift();
  while (comments.length > 0 && (comments[comments.length - 1] as string).trim() === '#') comments.pop();
  return comments.join('');
}

/** The file name suffixes of modules, longest first (`importlib.machinery.all_suffixes()` on Linux). */
const MODULE_SUFFIXES = ['.cpython-38-x86_64-linux-gnu.so', '.abi3.so', '.pyc', '.py', '.so'];

const strList = (lines: readonly string[]): PyObject => newListStealing(lines.map((l) => newStr(l)));

/** The functions of this part of `inspect`. */
export const INSPECT_SOURCE: readonly NativeDef[] = [
  { name: 'getfile', kind: 'o', impl: (_m, args) => newStr(getFile(args[0] as PyObject)) },
  {
    name: 'getsourcefile', kind: 'o',
    impl: (_m, args) => {
      const file = getSourceFile(args[0] as PyObject);
      return file === null ? incref(None) : newStr(file);
    },
  },
  {
    name: 'getmodule', kind: 'fastkw',
    impl: (_m, args, kwnames) => {
      const [obj, filename] = bindArgs('getmodule', args, kwnames, ['object', '_filename'], 1);
      const file = filename === undefined || filename === None ? null : strText(filename);
      return incref(getModule(obj as PyObject, file) ?? None);
    },
  },
  {
    name: 'findsource', kind: 'o',
    impl: (_m, args) => {
      const [lines, lnum] = findSource(args[0] as PyObject);
      return newTupleStealing([strList(lines), newInt(lnum)]);
    },
  },
  {
    name: 'getsourcelines', kind: 'o',
    impl: (_m, args) => {
      const [lines, lnum] = getSourceLines(args[0] as PyObject);
      return newTupleStealing([strList(lines), newInt(lnum)]);
    },
  },
  { name: 'getsource', kind: 'o', impl: (_m, args) => newStr(getSourceLines(args[0] as PyObject)[0].join('')) },
  {
    name: 'getblock', kind: 'o',
    impl: (_m, args) => {
      const lines = lineTexts(args[0] as PyObject);
      return strList(lines.slice(0, blockLength(lines)));
    },
  },
  {
    name: 'indentsize', kind: 'o',
    impl: (_m, args) => {
      const line = args[0];
      if (!(line instanceof PyStr)) throw typeError(`indentsize() argument must be str, not ${(line as PyObject).type.name}`);
      return newInt(indentSize(line.value));
    },
  },
  {
    name: 'getcomments', kind: 'o',
    impl: (_m, args) => {
      const text = getComments(args[0] as PyObject);
      return text === null ? incref(None) : newStr(text);
    },
  },
  {
    name: 'getmodulename', kind: 'o',
    impl: (_m, args) => {
      const path = args[0];
      if (!(path instanceof PyStr)) throw typeError(`expected str, bytes or os.PathLike object, not ${(path as PyObject).type.name}`);
      const name = path.value.slice(path.value.lastIndexOf('/') + 1);
      const suffix = MODULE_SUFFIXES.find((s) => name.endsWith(s));
      return suffix === undefined ? incref(None) : newStr(name.slice(0, -suffix.length));
    },
  },
];
