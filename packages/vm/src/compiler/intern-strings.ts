/**
 * The string interning a new code object does to its constants, which rebuilds a frozenset
 * constant (and so can reorder it) when one of its name-like strings is swapped for an equal,
 * already-interned string. Mirrors CPython 3.8 Objects/codeobject.c `intern_string_constants`.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import type * as ast from '../parser/ast.ts';
import { frozensetOrder } from '../hash/set-order.ts';

// DEVIATION(cpython): CPython swaps a string for an interned twin when one exists in the process;
// which strings are interned depends on everything the process ran before. We assume the module's
// own identifiers (interned by the parser) plus keywords, builtins and dunder names are.
const KEYWORDS = 'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield';
const BUILTINS =
  'ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EnvironmentError Exception FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip';
const PREINTERNED: ReadonlySet<string> = new Set([...KEYWORDS.split(' '), ...BUILTINS.split(' ')]);

function isIdentifierKey(k: string): boolean {
  return k === 'id' || k === 'attr' || k === 'name' || k === 'arg' || k === 'asname' || k === 'module';
}

function addIdentifier(v: string, out: Set<string>): void {
  out.add(v);
  if (v.includes('.')) for (const part of v.split('.')) out.add(part);
}

function collectIdentifiers(node: object, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node as unknown[]) if (x !== null && typeof x === 'object') collectIdentifiers(x, out);
    return;
  }
  const rec = node as Record<string, unknown>;
  const type = rec['_type'];
  if (type === 'Constant') return;
  for (const k in rec) {
    const v = rec[k];
    if (typeof v === 'string') {
      if (isIdentifierKey(k)) addIdentifier(v, out);
    } else if (v !== null && typeof v === 'object') {
      collectIdentifiers(v, out);
    }
  }
  if (type === 'Global' || type === 'Nonlocal') for (const n of rec['names'] as string[]) out.add(n);
}

/**
 * The identifiers of `module` (names, attributes, parameters, definitions, imports): the strings
 * CPython's parser interns.
 */
export function moduleIdentifiers(module: ast.Module | ast.Expression | ast.Interactive): Set<string> {
  const out = new Set<string>();
  collectIdentifiers(module.body, out);
  return out;
}

function hasFrozenset(c: Constant): boolean {
  return c.kind === 'frozenset' || (c.kind === 'tuple' && c.items.some(hasFrozenset));
}

function isNameLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

function isInterned(s: string, identifiers: () => ReadonlySet<string>): boolean {
  // The empty string and one-character Latin-1 strings are singletons (unicode_empty,
  // get_latin1_char): interning one gives back the same object, so nothing is swapped.
  if (s.length <= 1) return false;
  return isNameLike(s) && (PREINTERNED.has(s) || (s.startsWith('__') && s.endsWith('__') && s.length > 4) || identifiers().has(s));
}

/** Whether interning the items of a frozenset's item tuple swaps one (`intern_string_constants`' result). */
function tupleModified(items: readonly Constant[], identifiers: () => ReadonlySet<string>): boolean {
  let modified = false;
  for (const v of items) {
    if (v.kind === 'str' && isInterned(v.value, identifiers)) modified = true;
    else if (v.kind === 'frozenset' && tupleModified(v.items, identifiers)) modified = true;
  }
  return modified;
}

function intern(c: Constant, identifiers: () => ReadonlySet<string>): Constant {
  if (c.kind === 'tuple') return { kind: 'tuple', items: c.items.map((i) => intern(i, identifiers)) };
  if (c.kind === 'frozenset' && tupleModified(c.items, identifiers)) return { kind: 'frozenset', items: frozensetOrder(c.items), added: c.items };
  return c;
}

/**
 * Applies the frozenset rebuilds that interning the constants of a new code object causes.
 *
 * @see CPython 3.8 Objects/codeobject.c intern_string_constants
 */
export function internStringConstants(consts: readonly Constant[], identifiers: () => ReadonlySet<string>): Constant[] {
  if (!consts.some(hasFrozenset)) return [...consts];
  return consts.map((c) => intern(c, identifiers));
}
