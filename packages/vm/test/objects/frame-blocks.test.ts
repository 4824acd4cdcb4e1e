// A frame's block stack holds each block as one number (objects/frame.ts `tryBlock`): every field
// reads back as it was set, across the whole range of handler offsets and stack depths.
import { describe, expect, it } from 'vitest';
import { Op } from '../../src/bytecode/opcodes.ts';
import { EXCEPT_HANDLER, LEVEL_STEP, blockHandler, blockLevel, blockLowered, blockType, tryBlock } from '../../src/objects/frame.ts';

describe('tryBlock', () => {
  it.each([
    [Op.SETUP_FINALLY, 0, 0],
    [Op.SETUP_FINALLY, 14, 3],
    [Op.SETUP_FINALLY, 2 ** 31 - 2, 2 ** 20 - 1],
    [EXCEPT_HANDLER, -1, 0],
    [EXCEPT_HANDLER, -1, 65_535],
  ])('reads back type %i, handler %i, level %i', (type, handler, level) => {
    const b = tryBlock(type, handler, level);
    expect([blockType(b), blockHandler(b), blockLevel(b)]).toEqual([type, handler, level]);
    expect(Number.isSafeInteger(b)).toBe(true);
  });

  it('grows by LEVEL_STEP a level, as compiled code builds it', () => {
    expect(tryBlock(Op.SETUP_FINALLY, 40, 0) + 5 * LEVEL_STEP).toBe(tryBlock(Op.SETUP_FINALLY, 40, 5));
  });

  it('lowers only the level', () => {
    const lowered = blockLowered(tryBlock(EXCEPT_HANDLER, -1, 9));
    expect([blockType(lowered), blockHandler(lowered), blockLevel(lowered)]).toEqual([EXCEPT_HANDLER, -1, 8]);
  });
});
