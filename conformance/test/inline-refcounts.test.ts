// The build's reference-count inlining (scripts/build/inline-refcounts.mjs): calls are written out
// where they are (as expressions or arrow functions of their own), doing what incref/decref/xdecref
// do; definitions, method calls, longer names and the text of comments, strings and templates are
// left alone.
import { describe, expect, it } from 'vitest';
import { importRuntimeNamespace, inlineRefcounts } from '../../scripts/build/inline-refcounts.mjs';

interface Counted {
  refcnt: number;
}

/** Runs transformed source with counting incref/decref/xdecref that record frees. */
function evaluate(source: string, objects: Record<string, Counted | null>): string[] {
  const freed: string[] = [];
  const names = new Map<Counted, string>();
  for (const [k, v] of Object.entries(objects)) if (v !== null) names.set(v, k);
  const decref = (o: Counted): void => {
    if (--o.refcnt === 0) freed.push(names.get(o) ?? '?');
  };
  const xdecref = (o: Counted | null): void => {
    if (o !== null) decref(o);
  };
  const incref = (o: Counted): Counted => {
    o.refcnt++;
    return o;
  };
  // The transformed text is this test's own, not input from anywhere.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('incref', 'decref', 'xdecref', ...Object.keys(objects), inlineRefcounts(source)) as (...args: unknown[]) => void;
  run(incref, decref, xdecref, ...Object.values(objects));
  return freed;
}

describe('inlineRefcounts', () => {
  it('inlines calls, not definitions, methods or longer names', () => {
    const out = inlineRefcounts('export function decref(o) {}\nfunction xdecref(o) {}\nincref(a); x.decref(b); myincref(c); xdecref(d);');
    expect(out).toContain('export function decref(o) {}');
    expect(out).toContain('function xdecref(o) {}');
    expect(out).toContain('x.decref(b)');
    expect(out).toContain('myincref(c)');
    expect(out).not.toMatch(/(?<![\w.])incref\(a\)/);
    expect(out).not.toMatch(/(?<![\w.])xdecref\(d\)/);
  });

  it('inlines the calls through the runtime namespace, not other objects\' methods', () => {
    const out = inlineRefcounts('rt.incref(a); rt.decref(b); rt.xdecref(c); x.rt.decref(d); art.decref(e);');
    expect(out).not.toMatch(/(?<![\w.])rt\.incref\(a\)/);
    expect(out).toContain('(b).refcnt === 1 ? rt.decref((b)) : (b).refcnt--');
    expect(out).toContain('(c).refcnt === 1 ? rt.xdecref((c)) : (c).refcnt--');
    expect(out).toContain('x.rt.decref(d)');
    expect(out).toContain('art.decref(e)');
  });

  it('counts and frees through the runtime namespace as the functions do', () => {
    const a = { refcnt: 2 };
    const b = { refcnt: 1 };
    const freed: string[] = [];
    const rt = {
      incref: (o: Counted): Counted => {
        o.refcnt++;
        return o;
      },
      decref: (o: Counted): void => {
        if (--o.refcnt === 0) freed.push(o === a ? 'a' : 'b');
      },
      xdecref: (o: Counted | null): void => {
        if (o !== null) rt.decref(o);
      },
    };
    // The transformed text is this test's own, not input from anywhere.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function('rt', 'a', 'b', 'none', inlineRefcounts('rt.decref(a); rt.incref(b); rt.xdecref(none); rt.decref(b); rt.xdecref(b); rt.decref(a);')) as (...args: unknown[]) => void;
    run(rt, a, b, null);
    expect(freed).toEqual(['b', 'a']);
    expect([a.refcnt, b.refcnt]).toEqual([0, 0]);
  });
});

describe('importRuntimeNamespace', () => {
  it('imports the host runtime object as the namespace of its module', () => {
    const out = importRuntimeNamespace("import { rt } from '@corosim/vm/host';\nimport type { X } from '@corosim/vm/host';\nrt.None;", '/p/runtime.ts');
    expect(out).toBe('import * as rt from "/p/runtime.ts";\nimport type { X } from \'@corosim/vm/host\';\nrt.None;');
  });

  it('leaves sources without that import alone', () => {
    const source = "import { rt, other } from '@corosim/vm/host';\n";
    expect(importRuntimeNamespace(source, '/p/runtime.ts')).toBe(source);
  });

  it('leaves comments, strings and template text alone, and writes out calls nested in arguments and templates', () => {
    const source = '// decref( in a comment\nconst s = "decref(a)"; const t = `decref(b) ${decref(c)}`; /* incref(d */ decref(f(incref(e), [g(1)]));';
    const out = inlineRefcounts(source);
    expect(out).toContain('// decref( in a comment');
    expect(out).toContain('"decref(a)"');
    expect(out).toContain('`decref(b) ${void ((c).refcnt');
    expect(out).toContain('/* incref(d */');
    expect(out).toContain('})(f(((o) => { o.refcnt++; return o; })(e), [g(1)]))');
  });

  it('repeats a name or property chain dropped, and passes anything else to an arrow function of its own', () => {
    expect(inlineRefcounts('decref(f.back as PyFrame);')).toBe('void ((f.back as PyFrame).refcnt === 1 ? decref((f.back as PyFrame)) : (f.back as PyFrame).refcnt--);');
    expect(inlineRefcounts('incref(stack[--sp]);')).toBe('((o) => { o.refcnt++; return o; })(stack[--sp]);');
  });

  it('counts and frees as the functions do', () => {
    const a = { refcnt: 1 };
    const b = { refcnt: 2 };
    const c = { refcnt: 1 };
    const freed = evaluate('const t = incref(a); decref(t); decref(b); xdecref(none); decref(a); xdecref(c); decref(b);', { a, b, c, none: null });
    expect(freed).toEqual(['a', 'c', 'b']);
    expect([a.refcnt, b.refcnt, c.refcnt]).toEqual([0, 0, 0]);
  });

  it('counts nested calls as the functions do', () => {
    const a = { refcnt: 1 };
    const b = { refcnt: 1 };
    const freed = evaluate('decref(incref(a)); xdecref(incref(b)); decref(b); const s = [a]; let i = 1; if (decref(s[--i]) !== undefined || i !== 0) throw new Error("a value");', { a, b });
    expect(freed).toEqual(['b', 'a']);
    expect([a.refcnt, b.refcnt]).toEqual([0, 0]);
  });
});
