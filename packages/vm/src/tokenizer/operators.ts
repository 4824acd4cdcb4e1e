/**
 * Operator recognition by character codes. Mirrors CPython 3.8 Parser/token.c
 * `PyToken_OneChar`, `PyToken_TwoChars` and `PyToken_ThreeChars`.
 * @module
 */
import { ERRORTOKEN, FIRST_OP, OPERATORS } from './token-kind.ts';

const ONE = new Int16Array(128).fill(-1);
const TWO = new Map<number, number>();
const THREE = new Map<number, number>();
OPERATORS.forEach((op, i) => {
  const kind = FIRST_OP + i;
  if (op === '...') return; // scanned with '.'
  if (op.length === 1) ONE[op.charCodeAt(0)] = kind;
  else if (op.length === 2) TWO.set(op.charCodeAt(0) * 128 + op.charCodeAt(1), kind);
  else THREE.set((op.charCodeAt(0) * 128 + op.charCodeAt(1)) * 128 + op.charCodeAt(2), kind);
});

/**
 * The kind of a one-character operator.
 * @param c - The character code.
 * @returns Its kind, or {@link ERRORTOKEN} for a character that is no operator.
 */
export function oneCharOp(c: number): number {
  const k = c < 128 ? ONE[c] ?? -1 : -1;
  return k >= 0 ? k : ERRORTOKEN;
}

/**
 * The kind of a two-character operator.
 * @param c1 - First character code.
 * @param c2 - Second character code (or -1 at EOF).
 * @returns Its kind, or -1.
 */
export function twoCharOp(c1: number, c2: number): number {
  if (c2 < 0 || c2 >= 128 || c1 >= 128) return -1;
  return TWO.get(c1 * 128 + c2) ?? -1;
}

/**
 * The kind of a three-character operator.
 * @param c1 - First character code.
 * @param c2 - Second character code.
 * @param c3 - Third character code (or -1 at EOF).
 * @returns Its kind, or -1.
 */
export function threeCharOp(c1: number, c2: number, c3: number): number {
  if (c3 < 0 || c3 >= 128) return -1;
  return THREE.get((c1 * 128 + c2) * 128 + c3) ?? -1;
}
