/**
 * `list.sort`: CPython's timsort structure (runs found by `count_run`, short runs extended by
 * binary insertion to `minrun`, the run stack collapsed by `merge_collapse`), comparing with the
 * "less than" its pre-sort check picks (list-sort-compare.ts) only, and merging with
 * `merge_lo`/`merge_hi` and their galloping (`gallop_left`/`gallop_right`, `min_gallop`), so the
 * comparisons made are CPython's.
 * Mirrors CPython 3.8 Objects/listobject.c `list_sort_impl`.
 * @module
 */
import { chooseLessThan, safeLessThan } from './list-sort-compare.ts';
import { callOneArg } from '../runtime/call.ts';
import { PyRaise, valueError } from '../runtime/errors.ts';
import { decref, type PyObject } from '../runtime/object.ts';
import type { PyList } from './list.ts';

/** Items and their keys (the items themselves when there is no key function), sorted together. */
interface SortSlice {
  readonly items: PyObject[];
  readonly keys: PyObject[];
}

/** The comparison of the sort running now (list-sort-compare.ts). */
let lt = safeLessThan;

function reverseRange(s: SortSlice, lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = s.items[i] as PyObject;
    s.items[i] = s.items[j] as PyObject;
    s.items[j] = t;
    if (s.keys !== s.items) {
      const k = s.keys[i] as PyObject;
      s.keys[i] = s.keys[j] as PyObject;
      s.keys[j] = k;
    }
  }
}

/** `count_run`: the length of the run at `lo`, and whether it is strictly descending. */
function countRun(keys: PyObject[], lo: number, hi: number): [number, boolean] {
  if (lo + 1 === hi) return [1, false];
  let n = 2;
  let p = lo + 1;
  if (lt(keys[p] as PyObject, keys[p - 1] as PyObject)) {
    for (p++; p < hi; p++, n++) if (!lt(keys[p] as PyObject, keys[p - 1] as PyObject)) break;
    return [n, true];
  }
  for (p++; p < hi; p++, n++) if (lt(keys[p] as PyObject, keys[p - 1] as PyObject)) break;
  return [n, false];
}

/** `binarysort`: [lo, start) is sorted; inserts [start, hi) one by one. */
function binarySort(s: SortSlice, lo: number, hi: number, start: number): void {
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = s.keys[r] as PyObject;
    const pivotItem = s.items[r] as PyObject;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, s.keys[p] as PyObject)) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) {
      s.keys[p] = s.keys[p - 1] as PyObject;
      if (s.keys !== s.items) s.items[p] = s.items[p - 1] as PyObject;
    }
    s.keys[l] = pivot;
    s.items[l] = pivotItem;
  }
}

/** `merge_compute_minrun`. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

const MIN_GALLOP = 7;

/** A `sortslice` pointer: keys and (with a key function) the items moved alongside, at `i`. */
interface Ptr {
  readonly k: PyObject[];
  readonly v: PyObject[] | null;
  i: number;
}

const at = (p: Ptr, d = 0): PyObject => p.k[p.i + d] as PyObject;

/** `sortslice_memmove`/`memcpy`: `n` entries from `src[si..]` to `dst[di..]`, overlap-safe. */
function move(dst: Ptr, di: number, src: Ptr, si: number, n: number): void {
  const ks = src.k.slice(src.i + si, src.i + si + n);
  for (let j = 0; j < n; j++) dst.k[dst.i + di + j] = ks[j] as PyObject;
  if (dst.v !== null && src.v !== null) {
    const vs = src.v.slice(src.i + si, src.i + si + n);
    for (let j = 0; j < n; j++) dst.v[dst.i + di + j] = vs[j] as PyObject;
  }
}

/** `gallop_left`: the k in 0..n with a[k-1] < key <= a[k], starting near `hint`. */
function gallopLeft(key: PyObject, a: Ptr, n: number, hint: number): number {
  const x = (j: number): PyObject => at(a, j);
  let lastofs = 0;
  let ofs = 1;
  if (lt(x(hint), key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(x(hint + ofs), key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(x(hint - ofs), key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(x(m), key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** `gallop_right`: the k in 0..n with a[k-1] <= key < a[k]. */
function gallopRight(key: PyObject, a: Ptr, n: number, hint: number): number {
  const x = (j: number): PyObject => at(a, j);
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, x(hint))) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, x(hint - ofs))) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, x(hint + ofs))) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, x(m))) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** The galloping threshold, kept across merges (`ms->min_gallop`). */
interface MergeState {
  minGallop: number;
}

function copyStep(dst: Ptr, src: Ptr, d: 1 | -1): void {
  dst.k[dst.i] = src.k[src.i] as PyObject;
  if (dst.v !== null && src.v !== null) dst.v[dst.i] = src.v[src.i] as PyObject;
  dst.i += d;
  src.i += d;
}

/** `merge_lo`: A (the shorter, `na` <= `nb`) copied aside, merged from the left. */
function mergeLo(ms: MergeState, s: SortSlice, aBase: number, na: number, nb: number): void {
  const tmp: Ptr = { k: s.keys.slice(aBase, aBase + na), v: s.keys === s.items ? null : s.items.slice(aBase, aBase + na), i: 0 };
  const main = (i: number): Ptr => ({ k: s.keys, v: s.keys === s.items ? null : s.items, i });
  const dest = main(aBase);
  const ssa = tmp;
  const ssb = main(aBase + na);
  let done = false;
  try {
    copyStep(dest, ssb, 1);
    --nb;
    if (nb === 0) return;
    if (na === 1) {
      move(dest, 0, ssb, 0, nb);
      move(dest, nb, ssa, 0, 1);
      done = true;
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(at(ssb), at(ssa))) {
          copyStep(dest, ssb, 1);
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          copyStep(dest, ssa, 1);
          ++acount;
          bcount = 0;
          --na;
          if (na === 1) {
            move(dest, 0, ssb, 0, nb);
            move(dest, nb, ssa, 0, 1);
            done = true;
            return;
          }
          if (acount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(at(ssb), ssa, na, 0);
        acount = k;
        if (k) {
          move(dest, 0, ssa, 0, k);
          dest.i += k;
          ssa.i += k;
          na -= k;
          if (na === 1) {
            move(dest, 0, ssb, 0, nb);
            move(dest, nb, ssa, 0, 1);
            done = true;
            return;
          }
          if (na === 0) return;
        }
        copyStep(dest, ssb, 1);
        --nb;
        if (nb === 0) return;
        k = gallopLeft(at(ssa), ssb, nb, 0);
        bcount = k;
        if (k) {
          move(dest, 0, ssb, 0, k);
          dest.i += k;
          ssb.i += k;
          nb -= k;
          if (nb === 0) return;
        }
        copyStep(dest, ssa, 1);
        --na;
        if (na === 1) {
          move(dest, 0, ssb, 0, nb);
          move(dest, nb, ssa, 0, 1);
          done = true;
          return;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
  } finally {
    if (!done && na) move(dest, 0, ssa, 0, na);
  }
}

/** `merge_hi`: B (the shorter) copied aside, merged from the right. */
function mergeHi(ms: MergeState, s: SortSlice, aBase: number, na: number, nb: number): void {
  const vals = s.keys === s.items ? null : s.items;
  const bStart = aBase + na;
  const baseb: Ptr = { k: s.keys.slice(bStart, bStart + nb), v: vals === null ? null : vals.slice(bStart, bStart + nb), i: 0 };
  const basea: Ptr = { k: s.keys, v: vals, i: aBase };
  const dest: Ptr = { k: s.keys, v: vals, i: bStart + nb - 1 };
  const ssb: Ptr = { k: baseb.k, v: baseb.v, i: nb - 1 };
  const ssa: Ptr = { k: s.keys, v: vals, i: aBase + na - 1 };
  const state = { done: false };
  const copyA = (): void => {
    move(dest, 1 - na, ssa, 1 - na, na);
    dest.i -= na;
    ssa.i -= na;
    move(dest, 0, ssb, 0, 1);
    state.done = true;
  };
  try {
    copyStep(dest, ssa, -1);
    --na;
    if (na === 0) return;
    if (nb === 1) {
      copyA();
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(at(ssb), at(ssa))) {
          copyStep(dest, ssa, -1);
          ++acount;
          bcount = 0;
          --na;
          if (na === 0) return;
          if (acount >= minGallop) break;
        } else {
          copyStep(dest, ssb, -1);
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 1) {
            copyA();
            return;
          }
          if (bcount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(at(ssb), basea, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest.i -= k;
          ssa.i -= k;
          move(dest, 1, ssa, 1, k);
          na -= k;
          if (na === 0) return;
        }
        copyStep(dest, ssb, -1);
        --nb;
        if (nb === 1) {
          copyA();
          return;
        }
        k = gallopLeft(at(ssa), baseb, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest.i -= k;
          ssb.i -= k;
          move(dest, 1, ssb, 1, k);
          nb -= k;
          if (nb === 1) {
            copyA();
            return;
          }
          if (nb === 0) return;
        }
        copyStep(dest, ssa, -1);
        --na;
        if (na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
  } finally {
    if (!state.done && nb) move(dest, -(nb - 1), baseb, 0, nb);
  }
}

/** `merge_at` on runs [a, a+na) and [a+na, a+na+nb): trims what is already in place, then merges. */
function mergeRuns(ms: MergeState, s: SortSlice, a: number, na: number, nb: number): void {
  const vals = s.keys === s.items ? null : s.items;
  const ssa: Ptr = { k: s.keys, v: vals, i: a };
  const ssb: Ptr = { k: s.keys, v: vals, i: a + na };
  const k = gallopRight(at(ssb), ssa, na, 0);
  a += k;
  na -= k;
  if (na === 0) return;
  ssa.i = a;
  nb = gallopLeft(at(ssa, na - 1), ssb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, s, a, na, nb);
  else mergeHi(ms, s, a, na, nb);
}

/** The run stack and its collapse rules, with the comparison the keys call for. */
function timsort(s: SortSlice): void {
  const total = s.keys.length;
  if (total < 2) return;
  // A key's `__lt__` may sort another list: the comparison is this sort's only while it runs.
  const outer = lt;
  lt = chooseLessThan(s.keys);
  try {
    runTimsort(s, total);
  } finally {
    lt = outer;
  }
}

function runTimsort(s: SortSlice, total: number): void {
  const runs: { base: number; len: number }[] = [];
  const ms: MergeState = { minGallop: MIN_GALLOP };
  const mergeAt = (i: number): void => {
    const r1 = runs[i] as { base: number; len: number };
    const r2 = runs[i + 1] as { base: number; len: number };
    const [base, na, nb] = [r1.base, r1.len, r2.len];
    r1.len += r2.len;
    runs.splice(i + 1, 1);
    mergeRuns(ms, s, base, na, nb);
  };
  const len = (i: number): number => (runs[i] as { len: number }).len;
  const minrun = computeMinrun(total);
  let lo = 0;
  let remaining = total;
  do {
    const run = countRun(s.keys, lo, lo + remaining);
    let n = run[0];
    const descending = run[1];
    if (descending) reverseRange(s, lo, lo + n);
    if (n < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      binarySort(s, lo, lo + force, lo + n);
      n = force;
    }
    runs.push({ base: lo, len: n });
    while (runs.length > 1) {
      let k = runs.length - 2;
      if ((k > 0 && len(k - 1) <= len(k) + len(k + 1)) || (k > 1 && len(k - 2) <= len(k - 1) + len(k))) {
        if (len(k - 1) < len(k + 1)) k--;
        mergeAt(k);
      } else if (len(k) <= len(k + 1)) mergeAt(k);
      else break;
    }
    lo += n;
    remaining -= n;
  } while (remaining > 0);
  while (runs.length > 1) {
    let k = runs.length - 2;
    if (k > 0 && len(k - 1) < len(k + 1)) k--;
    mergeAt(k);
  }
}

/** `list.sort(key=keyfunc, reverse=reverse)`: the list looks empty while it is being sorted. */
export function listSort(self: PyList, keyfunc: PyObject | null, reverse: boolean): void {
  const saved = self.items;
  const savedAllocated = self.allocated;
  const empty: PyObject[] = [];
  self.items = empty;
  // "Any operation will reset it to >= 0": an append then a pop during the sort is still seen.
  self.allocated = -1;
  let keys: PyObject[] | null = null;
  let failure: PyRaise | null = null;
  let sorted = false;
  try {
    if (keyfunc !== null) {
      keys = [];
      for (const item of saved) keys.push(callOneArg(keyfunc, item));
    }
    const s: SortSlice = { items: saved, keys: keys ?? saved };
    if (reverse) reverseRange(s, 0, saved.length);
    sorted = true;
    try {
      timsort(s);
    } finally {
      if (reverse && saved.length > 1) reverseRange(s, 0, saved.length);
    }
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    failure = e;
  }
  if (keys !== null) for (const k of keys) decref(k);
  const modified = self.allocated !== -1 || self.items !== empty || empty.length !== 0;
  const final = self.items;
  self.items = saved;
  self.allocated = savedAllocated;
  for (let i = final.length - 1; i >= 0; i--) decref(final[i] as PyObject);
  if (failure !== null) throw failure;
  if (modified && sorted) throw valueError('list modified during sort');
}
