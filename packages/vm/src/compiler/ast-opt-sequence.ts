/**
 * The sequence operations the AST optimiser folds on str, bytes and tuple constants:
 * concatenation, repetition and indexing, with Python's code-point view of str. Mirrors CPython
 * 3.8 Objects/{unicodeobject,bytesobject,tupleobject}.c (`*_concat`, `*_repeat`, `*_item`).
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';

/** A constant that is a str, bytes or tuple. */
export type SequenceConstant = Extract<Constant, { kind: 'str' | 'bytes' | 'tuple' }>;

/** Whether `c` is a str, bytes or tuple. */
export function isSequence(c: Constant): c is SequenceConstant {
  return c.kind === 'str' || c.kind === 'bytes' || c.kind === 'tuple';
}

/** The code points of `s`: a surrogate pair is one code point, a lone surrogate is one too. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** `len(c)`: code points for str, bytes for bytes, items for tuple. */
export function sequenceLength(c: SequenceConstant): number {
  switch (c.kind) {
    case 'str':
      return codePoints(c.value).length;
    case 'bytes':
      return c.value.length;
    case 'tuple':
      return c.items.length;
  }
}

/**
 * `a + b` for two sequences of the same type, or null for mixed types.
 *
 * @remarks
 * Joining a lone high surrogate to a lone low one gives two code points in Python but reads back
 * as one pair in a JS string; a `str` constant cannot tell them apart (see `bytecode/constant.ts`),
 * so the fold goes ahead as CPython's does and the bytecode still matches.
 */
export function sequenceConcat(a: SequenceConstant, b: SequenceConstant): Constant | null {
  if (a.kind === 'str' && b.kind === 'str') return { kind: 'str', value: a.value + b.value };
  if (a.kind === 'bytes' && b.kind === 'bytes') {
    const out = new Uint8Array(a.value.length + b.value.length);
    out.set(a.value, 0);
    out.set(b.value, a.value.length);
    return { kind: 'bytes', value: out };
  }
  if (a.kind === 'tuple' && b.kind === 'tuple') return { kind: 'tuple', items: [...a.items, ...b.items] };
  return null;
}

/** The largest repetition count CPython accepts (`PY_SSIZE_T_MAX` on a 64-bit build). */
const MAX_SSIZE = (1n << 63n) - 1n;

/**
 * `seq * n`: empty for `n <= 0`; null where CPython raises OverflowError (a count beyond an
 * index-sized integer). Callers bound the size first.
 */
export function sequenceRepeat(seq: SequenceConstant, n: bigint): Constant | null {
  if (n > MAX_SSIZE || n < -MAX_SSIZE - 1n) return null;
  const count = n <= 0n ? 0 : Number(n);
  switch (seq.kind) {
    case 'str':
      return { kind: 'str', value: seq.value.length === 0 ? '' : seq.value.repeat(count) };
    case 'bytes': {
      const out = new Uint8Array(seq.value.length * (seq.value.length === 0 ? 0 : count));
      for (let i = 0; i < out.length; i += seq.value.length) out.set(seq.value, i);
      return { kind: 'bytes', value: out };
    }
    case 'tuple': {
      const items: Constant[] = [];
      if (seq.items.length > 0) for (let i = 0; i < count; i++) items.push(...seq.items);
      return { kind: 'tuple', items };
    }
  }
}

/**
 * `seq[i]` for an int index, negative from the end; null when out of range (IndexError) or when
 * the index does not fit an index-sized integer.
 */
export function sequenceItem(seq: SequenceConstant, index: bigint): Constant | null {
  const length = BigInt(sequenceLength(seq));
  const i = index < 0n ? index + length : index;
  if (i < 0n || i >= length) return null;
  const k = Number(i);
  switch (seq.kind) {
    case 'str': {
      const cp = codePoints(seq.value)[k];
      return cp === undefined ? null : { kind: 'str', value: cp };
    }
    case 'bytes': {
      const byte = seq.value[k];
      return byte === undefined ? null : { kind: 'int', value: BigInt(byte) };
    }
    case 'tuple':
      return seq.items[k] ?? null;
  }
}
