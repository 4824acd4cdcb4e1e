/**
 * The last step of the peephole optimiser: delete the NOPs, retarget every jump and move the
 * line-number table's addresses to match. Mirrors the end of CPython 3.8 Python/peephole.c
 * `PyCode_Optimize` ("Fixup lnotab", "Remove NOPs and fixup jump targets").
 * @module
 */
import { Op } from '../bytecode/opcodes.ts';
import { instrSize, opAt, writeOpArg, type CodeUnits } from './peephole-units.ts';

/** The compacted code, or null when a jump no longer fits (CPython then keeps the old code). */
export interface NopsRemoved {
  readonly code: Uint8Array | null;
  readonly lnotab: Uint8Array;
}

/**
 * Deletes the NOPs of `code` and fixes jumps and `lnotab` (copied, not modified).
 *
 * @remarks
 * As in CPython, the line table is rewritten before the jumps are checked, so on the (never
 * expected) bail-out the new table comes back with the old code.
 */
export function removeNops(code: CodeUnits, lnotab: Uint8Array): NopsRemoved {
  const n = code.length;
  // newIndex[i]: where unit i lands once the NOPs before it are gone.
  const newIndex = new Uint32Array(n + 1);
  let nops = 0;
  for (let i = 0; i < n; i++) {
    newIndex[i] = i - nops;
    if (opAt(code, i) === Op.NOP) nops++;
  }
  newIndex[n] = n - nops;
  // Without NOPs every offset and jump stays where it is: the code and table come back unchanged.
  if (nops === 0) return { code: unitsToBytes(code, n), lnotab: Uint8Array.from(lnotab) };

  const table = Uint8Array.from(lnotab);
  let cumOrigOffset = 0;
  let lastOffset = 0;
  for (let i = 0; i < table.length; i += 2) {
    cumOrigOffset += table[i] ?? 0;
    const newOffset = (newIndex[Math.min(cumOrigOffset >> 1, n)] ?? 0) * 2;
    table[i] = newOffset - lastOffset;
    lastOffset = newOffset;
  }

  const out: CodeUnits = { op: new Uint8Array(n), arg: new Uint8Array(n), length: n };
  let h = 0;
  for (let i = 0, opStart = 0; i < n; i++, opStart = i) {
    let j = code.arg[i] ?? 0;
    while (opAt(code, i) === Op.EXTENDED_ARG) {
      i++;
      j = ((j << 8) | (code.arg[i] ?? 0)) >>> 0;
    }
    const opcode = opAt(code, i);
    switch (opcode) {
      case Op.NOP:
        continue;
      case Op.JUMP_ABSOLUTE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
        j = (newIndex[Math.min(j >>> 1, n)] ?? 0) * 2;
        break;
      case Op.FOR_ITER:
      case Op.JUMP_FORWARD:
      case Op.SETUP_FINALLY:
      case Op.SETUP_WITH:
      case Op.SETUP_ASYNC_WITH:
      case Op.CALL_FINALLY:
        j = ((newIndex[Math.min((j >>> 1) + i + 1, n)] ?? 0) - (newIndex[i] ?? 0) - 1) * 2;
        break;
      default:
        break;
    }
    const ilen = i - opStart + 1;
    if (instrSize(j) > ilen) return { code: null, lnotab: table };
    writeOpArg(out, h, opcode, j, ilen);
    h += ilen;
  }
  return { code: unitsToBytes(out, h), lnotab: table };
}

/** The first `n` code units of `code` as bytecode. */
function unitsToBytes(code: CodeUnits, n: number): Uint8Array {
  const bytes = new Uint8Array(2 * n);
  for (let k = 0; k < n; k++) {
    bytes[2 * k] = code.op[k] ?? 0;
    bytes[2 * k + 1] = code.arg[k] ?? 0;
  }
  return bytes;
}
