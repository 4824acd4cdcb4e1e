// An esbuild plugin that writes every `incref(x)`, `decref(x)` and `xdecref(x)` of the VM's
// sources as a small arrow function of its own, called on the spot. V8 keeps one inline cache per
// function literal, so a shared `incref` sees objects of a hundred classes and every reference
// count update through it is a megamorphic property access; a literal per call site sees the few
// classes that site meets. The semantics are the functions' own: `decref` reaching zero still
// goes through `decref` (which frees), so the sources (which the tests run) and the bundle behave
// the same.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// A call: the name not preceded by another identifier character, a `.` or `function `.
const INCREF = /(?<![\w$.])(?<!function\s+)incref\(/g;
const DECREF = /(?<![\w$.])(?<!function\s+)decref\(/g;
const XDECREF = /(?<![\w$.])(?<!function\s+)xdecref\(/g;

// The same calls through the host's runtime namespace (`rt.decref(x)`, see below).
const RT_INCREF = /(?<![\w$.])rt\.incref\(/g;
const RT_DECREF = /(?<![\w$.])rt\.decref\(/g;
const RT_XDECREF = /(?<![\w$.])rt\.xdecref\(/g;

/** The source with the three calls, bare or as `rt.` members, inlined (exported for its test). */
export function inlineRefcounts(source) {
  return source
    .replace(INCREF, '((o) => { o.refcnt++; return o; })(')
    .replace(DECREF, '((o) => { if (o.refcnt === 1) decref(o); else o.refcnt--; })(')
    .replace(XDECREF, '((o) => { if (o != null) { if (o.refcnt === 1) xdecref(o); else o.refcnt--; } })(')
    .replace(RT_INCREF, '((o) => { o.refcnt++; return o; })(')
    .replace(RT_DECREF, '((o) => { if (o.refcnt === 1) rt.decref(o); else o.refcnt--; })(')
    .replace(RT_XDECREF, '((o) => { if (o != null) { if (o.refcnt === 1) rt.xdecref(o); else o.refcnt--; } })(');
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
