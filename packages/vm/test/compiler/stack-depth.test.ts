// stackEffect mirrors compile.c's stack_effect; at oparg 0 it must agree with the generated table.
import { describe, expect, it } from 'vitest';
import { Op, STACK_EFFECT_ARG0, type OpName } from '../../src/bytecode/opcodes.ts';
import { stackEffect } from '../../src/compiler/stack-depth.ts';

describe('stackEffect', () => {
  it.each(Object.keys(STACK_EFFECT_ARG0) as OpName[])('matches the generated table at oparg 0 for %s', (name) => {
    const [max, jump, noJump] = STACK_EFFECT_ARG0[name];
    const op = Op[name];
    expect([stackEffect(op, 0, -1), stackEffect(op, 0, 1), stackEffect(op, 0, 0)]).toEqual([max, jump, noJump]);
  });

  it.each([
    ['UNPACK_SEQUENCE', 3, 2],
    ['UNPACK_EX', 0x0102, 3],
    ['BUILD_TUPLE', 4, -3],
    ['BUILD_MAP', 2, -3],
    ['BUILD_CONST_KEY_MAP', 2, -2],
    ['CALL_FUNCTION', 2, -2],
    ['CALL_METHOD', 2, -3],
    ['CALL_FUNCTION_KW', 2, -3],
    ['CALL_FUNCTION_EX', 1, -2],
    ['MAKE_FUNCTION', 0x0f, -5],
    ['BUILD_SLICE', 3, -2],
    ['FORMAT_VALUE', 4, -1],
    ['RAISE_VARARGS', 2, -2],
  ] as const)('gives %s with oparg %i the effect %i', (name, oparg, effect) => {
    expect(stackEffect(Op[name], oparg, -1)).toBe(effect);
  });
});
