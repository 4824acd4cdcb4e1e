// An esbuild plugin that writes every `incref(x)`, `decref(x)` and `xdecref(x)` of the VM's
// sources as a small arrow function of its own, called on the spot. V8 keeps one inline cache per
// function literal, so a shared `incref` sees objects of a hundred classes and every reference
// count update through it is a megamorphic property access; a literal per call site sees the few
// classes that site meets. The semantics are the functions' own: `decref` reaching zero still
// goes through `decref` (which frees), so the sources (which the tests run) and the bundle behave
// the same.
import { readFile } from 'node:fs/promises';

// A call: the name not preceded by another identifier character, a `.` or `function `.
const INCREF = /(?<![\w$.])(?<!function\s+)incref\(/g;
const DECREF = /(?<![\w$.])(?<!function\s+)decref\(/g;
const XDECREF = /(?<![\w$.])(?<!function\s+)xdecref\(/g;

/** The source with the three calls inlined (exported for its test). */
export function inlineRefcounts(source) {
  return source
    .replace(INCREF, '((o) => { o.refcnt++; return o; })(')
    .replace(DECREF, '((o) => { if (o.refcnt === 1) decref(o); else o.refcnt--; })(')
    .replace(XDECREF, '((o) => { if (o != null) { if (o.refcnt === 1) xdecref(o); else o.refcnt--; } })(');
}

/** The plugin, for the TypeScript files under `packages/` outside `test/`. */
export const inlineRefcountsPlugin = {
  name: 'inline-refcounts',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('ref(')) return undefined;
      return { contents: inlineRefcounts(source), loader: 'ts' };
    });
  },
};
