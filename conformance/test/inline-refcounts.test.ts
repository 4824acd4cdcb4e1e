// The build's reference-count inlining (scripts/build/inline-refcounts.mjs): calls become arrow
// functions of their own that do what incref/decref/xdecref do; definitions, method calls and
// longer names are left alone.
import { describe, expect, it } from 'vitest';
import { inlineRefcounts } from '../../scripts/build/inline-refcounts.mjs';

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

  it('counts and frees as the functions do', () => {
    const a = { refcnt: 1 };
    const b = { refcnt: 2 };
    const c = { refcnt: 1 };
    const freed = evaluate('const t = incref(a); decref(t); decref(b); xdecref(none); decref(a); xdecref(c); decref(b);', { a, b, c, none: null });
    expect(freed).toEqual(['a', 'c', 'b']);
    expect([a.refcnt, b.refcnt, c.refcnt]).toEqual([0, 0, 0]);
  });
});
