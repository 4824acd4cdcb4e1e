// The set table against CPython 3.8.18 (PYTHONHASHSEED=0): fixtures/set-orders.json holds
// list(set(items)) and the order after discards and updates, for int and str sets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootVm } from '../../src/runtime/bootstrap.ts';
import { PyInt, newInt } from '../../src/objects/int.ts';
import { PyStr, newStr } from '../../src/objects/str.ts';
import { PySet, keyHash, newSet, setAdd, setDiscardEntry, setEntries, setUpdateInternal } from '../../src/objects/set.ts';
import { newListStealing } from '../../src/objects/list.ts';
import { decref, type PyObject } from '../../src/runtime/object.ts';

bootVm();

interface Case {
  ints?: number[];
  strs?: string[];
  order?: (number | string)[];
  after?: number[];
  extra?: number;
}
const cases = JSON.parse(readFileSync(new URL('fixtures/set-orders.json', import.meta.url), 'utf8')) as Case[];

const values = (s: PySet): (number | string)[] => setEntries(s).map(([k]) => (k instanceof PyStr ? k.value : Number((k as PyInt).value)));

function fill(s: PySet, objs: PyObject[]): void {
  for (const o of objs) {
    setAdd(s, o);
    decref(o);
  }
}

describe('set table order matches CPython 3.8', () => {
  it(`on ${cases.length} cases`, () => {
    for (const c of cases) {
      const s = newSet();
      if (c.strs !== undefined) fill(s, c.strs.map((v) => newStr(v)));
      else fill(s, (c.ints ?? []).map((v) => newInt(v)));
      if (c.order !== undefined) expect(values(s)).toEqual(c.order);
      if (c.after !== undefined) {
        const items = c.ints ?? [];
        for (const v of items.filter((_, i) => i % 3 === 0)) {
          const o = newInt(v);
          setDiscardEntry(s, o, keyHash(o));
          decref(o);
        }
        const upd = newListStealing(items.filter((_, i) => i % 5 === 1).map((v) => newInt(v)));
        setUpdateInternal(s, upd);
        decref(upd);
        const extra = newInt(c.extra ?? 0);
        setAdd(s, extra);
        decref(extra);
        expect(values(s)).toEqual(c.after);
      }
      decref(s);
    }
  });
});
