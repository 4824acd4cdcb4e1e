// An esbuild plugin that writes every `incref(x)`, `decref(x)` and `xdecref(x)` of the VM's
// sources out where it is called. V8 keeps one inline cache per property access in the source,
// so a shared `incref` sees objects of a hundred classes and every reference count update through
// it is a megamorphic property access; written out, each call site sees the few classes that site
// meets. The forms:
// - `decref`/`xdecref` of a name or a chain of property reads (`f.back`, `x as PyObject`): a
//   conditional that repeats the argument. (As an arrow function called on the spot, their old
//   form, each made a closure wherever V8 did not inline it, in unoptimized code or past
//   TurboFan's inlining budget: two thirds of what a deep `await` chain allocated.)
// - `incref`, and any call whose argument must be evaluated once: an arrow function of its own,
//   called on the spot (written out as a conditional, `incref` measured slower).
// The semantics are the functions' own: `decref` reaching zero still goes through `decref` (which
// frees), so the sources (which the tests run) and the bundle behave the same.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// A call: the name, bare or as a member of the host's runtime namespace (`rt.decref(x)`, see
// below), not preceded by another identifier character, a `.` or `function `.
const CALL = /(?<![\w$.])(?<!function\s+)(rt\.)?(incref|decref|xdecref)\(/;

/** An argument safe to evaluate more than once: a name or property chain, maybe with a type assertion. */
const REPEATABLE = /^\s*[\w$]+(?:\.[\w$]+)*!?(?:\s+as\s+[\w$.]+)?\s*$/;

/**
 * Which characters of `source` are code (1), not in a comment, a string or the text of a template
 * literal (0; a template's `${` and its closing `}` are not code either, its expressions are).
 * Regular expression literals are taken for code: none of these calls' arguments holds one.
 */
function codeMask(source) {
  const mask = new Uint8Array(source.length);
  // For each template literal whose expression is open: the brace depth it began at.
  const templates = [];
  let braces = 0;
  let i = 0;
  const skipTemplateText = () => {
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        templates.push(braces);
        i += 2;
        return;
      } else i++;
    }
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '"' || c === "'") {
      i++;
      while (i < source.length && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      i++;
      skipTemplateText();
    } else if (c === '/' && source[i + 1] === '/') {
      const eol = source.indexOf('\n', i);
      i = eol < 0 ? source.length : eol;
    } else if (c === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2);
      i = close < 0 ? source.length : close + 2;
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === braces) {
      templates.pop();
      i++;
      skipTemplateText();
    } else {
      if (c === '{') braces++;
      else if (c === '}') braces--;
      mask[i] = 1;
      i++;
    }
  }
  return mask;
}

/** The index just past the `)` closing the parenthesis opened before `from` (in code), or -1. */
function closingParen(source, mask, from) {
  let depth = 1;
  for (let i = from; i < source.length; i++) {
    if (mask[i] === 0) continue;
    const c = source[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return c === ')' ? i + 1 : -1;
  }
  return -1;
}

/** The expression standing for the call `name(arg)` (`via` is `rt.` or empty). */
function writtenOut(via, name, arg) {
  if (name === 'incref') return `((o) => { o.refcnt++; return o; })(${arg})`;
  if (!REPEATABLE.test(arg)) {
    const drop = `if (o.refcnt === 1) ${via}${name}(o); else o.refcnt--;`;
    return name === 'decref' ? `((o) => { ${drop} })(${arg})` : `((o) => { if (o != null) { ${drop} } })(${arg})`;
  }
  const o = `(${arg.trim()})`;
  const drop = `${o}.refcnt === 1 ? ${via}${name}(${o}) : ${o}.refcnt--`;
  return name === 'decref' ? `void (${drop})` : `void (${o} != null && (${drop}))`;
}

/** The source with the three calls, bare or as `rt.` members, written out (exported for its test). */
export function inlineRefcounts(source) {
  const mask = codeMask(source);
  // A global copy per call: the scan recurses into arguments, each with its own position.
  const call = new RegExp(CALL.source, 'g');
  let out = '';
  let last = 0;
  for (let m = call.exec(source); m !== null; m = call.exec(source)) {
    if (mask[m.index] === 0) continue;
    const argStart = m.index + m[0].length;
    const end = closingParen(source, mask, argStart);
    if (end < 0) continue;
    // The argument may hold calls of its own: written out first.
    out += source.slice(last, m.index) + writtenOut(m[1] ?? '', m[2], inlineRefcounts(source.slice(argStart, end - 1)));
    last = end;
    call.lastIndex = end;
  }
  return last === 0 ? source : out + source.slice(last);
}

// `import { rt } from '@corosim/vm/host'` gives the other packages the runtime as one object
// (`export * as rt`): bundled, every `rt.name` is a call of a getter on that object. Imported as a
// namespace of the module itself, `rt.name` is bundled as a plain reference to the binding.
const HOST_RT = /^import \{ rt \} from '@corosim\/vm\/host';$/m;

/** The source with the host's `rt` object imported as the namespace of its module (exported for its test). */
export function importRuntimeNamespace(source, runtimePath) {
  return source.replace(HOST_RT, () => `import * as rt from ${JSON.stringify(runtimePath)};`);
}

/** The host runtime module of the repository holding `file` (a source under `packages/`). */
function runtimeBeside(file) {
  // The last `packages/<name>/src/` of the path is the repository's.
  const root = /^(.*)[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.exec(file)?.[1] ?? '';
  return join(root, 'packages', 'vm', 'src', 'host', 'runtime.ts');
}

/** The plugin, for the TypeScript files under `packages/` outside `test/`. */
export const inlineRefcountsPlugin = {
  name: 'inline-refcounts',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = inlineRefcounts(importRuntimeNamespace(source, runtimeBeside(args.path)));
      return contents === source ? undefined : { contents, loader: 'ts' };
    });
  },
};
