// The peephole optimiser, rule by rule, on hand-assembled bytecode: each rewrite of CPython 3.8
// Python/peephole.c, its bail-outs, NOP removal with jump retargeting and the lnotab fix-up.
import { describe, expect, it } from 'vitest';
import type { Constant } from '../../src/bytecode/constant.ts';
import { OPNAME, Op, type OpName } from '../../src/bytecode/opcodes.ts';
import { optimizeBytecode } from '../../src/compiler/peephole.ts';

type Ins = readonly [OpName, number?];

/** Assembles instructions, with EXTENDED_ARG prefixes for wide arguments. */
function asm(...code: Ins[]): Uint8Array {
  const out: number[] = [];
  for (const [name, arg = 0] of code) {
    for (let k = 3; k >= 1; k--) if (arg >>> (8 * k) !== 0) out.push(Op.EXTENDED_ARG, (arg >>> (8 * k)) & 0xff);
    out.push(Op[name], arg & 0xff);
  }
  return Uint8Array.from(out);
}

/** Disassembles to `NAME arg` lines (EXTENDED_ARG shown as its own unit). */
function dis(code: Uint8Array): string[] {
  const lines: string[] = [];
  for (let i = 0; i < code.length; i += 2) {
    const name = OPNAME[code[i] as number] ?? `?${code[i]}`;
    const arg = code[i + 1] as number;
    lines.push((code[i] as number) >= 90 ? `${name} ${arg}` : name);
  }
  return lines;
}

const int = (v: number): Constant => ({ kind: 'int', value: BigInt(v) });
const NONE: Constant = { kind: 'None' };
const TRUE: Constant = { kind: 'bool', value: true };

function run(code: Uint8Array, consts: Constant[] = [NONE], lnotab: number[] = []) {
  const r = optimizeBytecode(code, consts, [], Uint8Array.from(lnotab));
  return { code: dis(r.code), lnotab: [...r.lnotab], consts: r.consts };
}

describe('LOAD_CONST + POP_JUMP_IF_FALSE', () => {
  it('drops a test on a true constant (while 1)', () => {
    const r = run(asm(['LOAD_CONST', 1], ['POP_JUMP_IF_FALSE', 8], ['LOAD_NAME', 0], ['RETURN_VALUE'], ['LOAD_CONST', 0], ['RETURN_VALUE']), [NONE, TRUE]);
    expect(r.code).toEqual(['LOAD_NAME 0', 'RETURN_VALUE', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('keeps a test on a false constant', () => {
    const code = asm(['LOAD_CONST', 0], ['POP_JUMP_IF_FALSE', 6], ['LOAD_NAME', 0], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(dis(code));
  });
  it('keeps it across a block boundary (the jump is a target)', () => {
    const code = asm(['LOAD_CONST', 1], ['POP_JUMP_IF_FALSE', 8], ['JUMP_ABSOLUTE', 2], ['NOP'], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(code, [NONE, TRUE]).code).toEqual(['LOAD_CONST 1', 'POP_JUMP_IF_FALSE 6', 'JUMP_ABSOLUTE 2', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
});

describe('BUILD_TUPLE', () => {
  it('folds LOAD_CONSTs into a new tuple constant appended to consts', () => {
    const r = run(asm(['LOAD_CONST', 1], ['LOAD_CONST', 2], ['BUILD_TUPLE', 2], ['RETURN_VALUE']), [NONE, int(1), int(2)]);
    expect(r.code).toEqual(['LOAD_CONST 3', 'RETURN_VALUE']);
    expect(r.consts).toEqual([NONE, int(1), int(2), { kind: 'tuple', items: [int(1), int(2)] }]);
  });
  it('folds only the last n constants of a longer run', () => {
    const r = run(asm(['LOAD_CONST', 0], ['LOAD_CONST', 1], ['BUILD_TUPLE', 1], ['BUILD_TUPLE', 2], ['RETURN_VALUE']), [NONE, int(1)]);
    expect(r.code).toEqual(['LOAD_CONST 0', 'LOAD_CONST 2', 'BUILD_TUPLE 2', 'RETURN_VALUE']);
    expect(r.consts[2]).toEqual({ kind: 'tuple', items: [int(1)] });
  });
  it('appends a duplicate for each fold, as CPython does', () => {
    const r = run(asm(['LOAD_CONST', 1], ['BUILD_TUPLE', 1], ['POP_TOP'], ['LOAD_CONST', 1], ['BUILD_TUPLE', 1], ['RETURN_VALUE']), [NONE, int(1)]);
    expect(r.code).toEqual(['LOAD_CONST 2', 'POP_TOP', 'LOAD_CONST 3', 'RETURN_VALUE']);
    expect(r.consts.length).toBe(4);
  });
  it('does not fold when a non-constant is among the items', () => {
    const code = asm(['LOAD_CONST', 1], ['LOAD_NAME', 0], ['BUILD_TUPLE', 2], ['RETURN_VALUE']);
    const r = run(code, [NONE, int(1)]);
    expect(r.code).toEqual(dis(code));
    expect(r.consts.length).toBe(2);
  });
  it('does not fold BUILD_TUPLE 0', () => {
    const code = asm(['BUILD_TUPLE', 0], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(dis(code));
  });
  it('does not fold across a jump target', () => {
    const code = asm(['LOAD_CONST', 0], ['JUMP_FORWARD', 0], ['LOAD_CONST', 0], ['BUILD_TUPLE', 2], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_CONST 0', 'JUMP_FORWARD 0', 'LOAD_CONST 0', 'BUILD_TUPLE 2', 'RETURN_VALUE']);
  });
  it('uses EXTENDED_ARG for a new constant index above 255, keeping LOAD_CONST arguments wide', () => {
    const consts: Constant[] = Array.from({ length: 300 }, (_, i) => int(i));
    const r = run(asm(['LOAD_CONST', 5], ['LOAD_CONST', 280], ['BUILD_TUPLE', 2], ['RETURN_VALUE']), consts);
    expect(r.code).toEqual(['EXTENDED_ARG 1', 'LOAD_CONST 44', 'RETURN_VALUE']);
    expect(r.consts[300]).toEqual({ kind: 'tuple', items: [int(5), int(280)] });
  });
  it('turns BUILD_TUPLE 2 + UNPACK_SEQUENCE 2 into ROT_TWO', () => {
    const r = run(asm(['LOAD_NAME', 0], ['LOAD_NAME', 1], ['BUILD_TUPLE', 2], ['UNPACK_SEQUENCE', 2], ['STORE_NAME', 1], ['STORE_NAME', 0], ['LOAD_CONST', 0], ['RETURN_VALUE']));
    expect(r.code).toEqual(['LOAD_NAME 0', 'LOAD_NAME 1', 'ROT_TWO', 'STORE_NAME 1', 'STORE_NAME 0', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('turns BUILD_TUPLE 3 + UNPACK_SEQUENCE 3 into ROT_THREE ROT_TWO', () => {
    const r = run(asm(['LOAD_NAME', 0], ['LOAD_NAME', 1], ['LOAD_NAME', 2], ['BUILD_TUPLE', 3], ['UNPACK_SEQUENCE', 3], ['LOAD_CONST', 0], ['RETURN_VALUE']));
    expect(r.code).toEqual(['LOAD_NAME 0', 'LOAD_NAME 1', 'LOAD_NAME 2', 'ROT_THREE', 'ROT_TWO', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('removes BUILD_TUPLE 1 + UNPACK_SEQUENCE 1', () => {
    const r = run(asm(['LOAD_NAME', 0], ['BUILD_TUPLE', 1], ['UNPACK_SEQUENCE', 1], ['LOAD_CONST', 0], ['RETURN_VALUE']));
    expect(r.code).toEqual(['LOAD_NAME 0', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('leaves four items and mismatched counts alone', () => {
    const four = asm(['LOAD_NAME', 0], ['LOAD_NAME', 1], ['LOAD_NAME', 2], ['LOAD_NAME', 3], ['BUILD_TUPLE', 4], ['UNPACK_SEQUENCE', 4], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(four).code).toEqual(dis(four));
    const mismatch = asm(['LOAD_NAME', 0], ['LOAD_NAME', 1], ['BUILD_TUPLE', 2], ['UNPACK_SEQUENCE', 3], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(mismatch).code).toEqual(dis(mismatch));
  });
});

describe('jump threading', () => {
  it('sends a conditional jump to an unconditional jump straight to its target', () => {
    const code = asm(['LOAD_NAME', 0], ['POP_JUMP_IF_FALSE', 6], ['NOP'], ['JUMP_ABSOLUTE', 10], ['NOP'], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_NAME 0', 'POP_JUMP_IF_FALSE 6', 'JUMP_ABSOLUTE 6', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('turns a JUMP_FORWARD to a jump into JUMP_ABSOLUTE (it may go backwards)', () => {
    const code = asm(['LOAD_NAME', 0], ['POP_TOP'], ['JUMP_FORWARD', 2], ['LOAD_NAME', 1], ['JUMP_ABSOLUTE', 0], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_NAME 0', 'POP_TOP', 'JUMP_ABSOLUTE 0', 'LOAD_NAME 1', 'JUMP_ABSOLUTE 0', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('replaces an unconditional jump to RETURN_VALUE by RETURN_VALUE', () => {
    const code = asm(['LOAD_NAME', 0], ['POP_JUMP_IF_FALSE', 8], ['LOAD_CONST', 0], ['JUMP_FORWARD', 2], ['LOAD_NAME', 1], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_NAME 0', 'POP_JUMP_IF_FALSE 8', 'LOAD_CONST 0', 'RETURN_VALUE', 'LOAD_NAME 1', 'RETURN_VALUE']);
  });
  it('does not replace a conditional jump to RETURN_VALUE', () => {
    const code = asm(['LOAD_NAME', 0], ['POP_JUMP_IF_FALSE', 6], ['LOAD_NAME', 1], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(dis(code));
  });
});

describe('JUMP_IF_X_OR_POP chains', () => {
  it('JUMP_IF_FALSE_OR_POP to JUMP_IF_FALSE_OR_POP takes the second target', () => {
    // (a and b) and c
    const code = asm(['LOAD_NAME', 0], ['JUMP_IF_FALSE_OR_POP', 6], ['LOAD_NAME', 1], ['JUMP_IF_FALSE_OR_POP', 10], ['LOAD_NAME', 2], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_NAME 0', 'JUMP_IF_FALSE_OR_POP 10', 'LOAD_NAME 1', 'JUMP_IF_FALSE_OR_POP 10', 'LOAD_NAME 2', 'RETURN_VALUE']);
  });
  it('JUMP_IF_FALSE_OR_POP to JUMP_IF_TRUE_OR_POP becomes POP_JUMP_IF_FALSE past it', () => {
    // a and b or c
    const code = asm(['LOAD_NAME', 0], ['JUMP_IF_FALSE_OR_POP', 6], ['LOAD_NAME', 1], ['JUMP_IF_TRUE_OR_POP', 10], ['LOAD_NAME', 2], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_NAME 0', 'POP_JUMP_IF_FALSE 8', 'LOAD_NAME 1', 'JUMP_IF_TRUE_OR_POP 10', 'LOAD_NAME 2', 'RETURN_VALUE']);
  });
  it('JUMP_IF_TRUE_OR_POP to POP_JUMP_IF_FALSE becomes POP_JUMP_IF_TRUE past it', () => {
    const code = asm(['LOAD_NAME', 0], ['JUMP_IF_TRUE_OR_POP', 6], ['LOAD_NAME', 1], ['POP_JUMP_IF_FALSE', 12], ['LOAD_NAME', 2], ['POP_TOP'], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_NAME 0', 'POP_JUMP_IF_TRUE 8', 'LOAD_NAME 1', 'POP_JUMP_IF_FALSE 12', 'LOAD_NAME 2', 'POP_TOP', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('falls back to plain threading when the new target needs a wider argument', () => {
    const nops: Ins[] = Array.from({ length: 146 }, () => ['NOP'] as Ins);
    const code = asm(['LOAD_NAME', 0], ['JUMP_IF_FALSE_OR_POP', 4], ['JUMP_IF_FALSE_OR_POP', 300], ...nops, ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_NAME 0', 'JUMP_IF_FALSE_OR_POP 4', 'EXTENDED_ARG 0', 'JUMP_IF_FALSE_OR_POP 8', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('follows a chain of three', () => {
    const code = asm(['LOAD_NAME', 0], ['JUMP_IF_TRUE_OR_POP', 6], ['LOAD_NAME', 1], ['JUMP_IF_TRUE_OR_POP', 10], ['LOAD_NAME', 2], ['JUMP_IF_TRUE_OR_POP', 14], ['LOAD_NAME', 3], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_NAME 0', 'JUMP_IF_TRUE_OR_POP 14', 'LOAD_NAME 1', 'JUMP_IF_TRUE_OR_POP 14', 'LOAD_NAME 2', 'JUMP_IF_TRUE_OR_POP 14', 'LOAD_NAME 3', 'RETURN_VALUE']);
  });
});

describe('unreachable code after RETURN_VALUE', () => {
  it('is removed up to the next jump target, and jumps are retargeted', () => {
    const code = asm(['LOAD_NAME', 0], ['POP_JUMP_IF_FALSE', 12], ['LOAD_CONST', 0], ['RETURN_VALUE'], ['LOAD_NAME', 1], ['POP_TOP'], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['LOAD_NAME 0', 'POP_JUMP_IF_FALSE 8', 'LOAD_CONST 0', 'RETURN_VALUE', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('stops at END_FINALLY and at SETUP_FINALLY', () => {
    const a = asm(['LOAD_CONST', 0], ['RETURN_VALUE'], ['POP_TOP'], ['END_FINALLY'], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(a).code).toEqual(['LOAD_CONST 0', 'RETURN_VALUE', 'END_FINALLY', 'LOAD_CONST 0', 'RETURN_VALUE']);
    const b = asm(['LOAD_CONST', 0], ['RETURN_VALUE'], ['POP_TOP'], ['SETUP_FINALLY', 0], ['POP_BLOCK'], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(b).code).toEqual(['LOAD_CONST 0', 'RETURN_VALUE', 'SETUP_FINALLY 0', 'POP_BLOCK', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
});

describe('NOP removal and the line-number table', () => {
  it('retargets relative jumps over removed NOPs', () => {
    const code = asm(['SETUP_FINALLY', 6], ['NOP'], ['NOP'], ['POP_BLOCK'], ['LOAD_NAME', 0], ['POP_TOP'], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['SETUP_FINALLY 2', 'POP_BLOCK', 'LOAD_NAME 0', 'POP_TOP', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
  it('moves lnotab addresses by the NOPs before them, keeping line deltas', () => {
    const code = asm(['NOP'], ['NOP'], ['LOAD_NAME', 0], ['POP_TOP'], ['NOP'], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    const r = run(code, [NONE], [4, 1, 4, 2, 2, 255]);
    expect(r.code).toEqual(['LOAD_NAME 0', 'POP_TOP', 'LOAD_CONST 0', 'RETURN_VALUE']);
    expect(r.lnotab).toEqual([0, 1, 4, 2, 0, 255]);
  });
  it('bails out, unchanged, when an address delta is 255', () => {
    const code = asm(['NOP'], ['LOAD_CONST', 0], ['RETURN_VALUE']);
    const r = run(code, [NONE], [255, 0, 1, 1]);
    expect(r.code).toEqual(dis(code));
    expect(r.lnotab).toEqual([255, 0, 1, 1]);
  });
  it('keeps an EXTENDED_ARG 0 where a jump argument shrank', () => {
    const body: Ins[] = Array.from({ length: 130 }, () => ['NOP'] as Ins);
    const code = asm(['JUMP_ABSOLUTE', 264], ...body, ['LOAD_CONST', 0], ['RETURN_VALUE']);
    expect(run(code).code).toEqual(['EXTENDED_ARG 0', 'JUMP_ABSOLUTE 4', 'LOAD_CONST 0', 'RETURN_VALUE']);
  });
});
