// An int's JS class follows its value (int.ts PyBigInt): a PyInt holds a number, a PyBigInt a
// bigint, however the value was made (newInt, arithmetic, a subclass instance, a reused dead int),
// so that V8 keeps PyInt's value field a double updated in place.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../src/objects/numbers.ts';
import { bootVm } from '../../src/runtime/bootstrap.ts';
import { binaryOp } from '../../src/runtime/abstract-number.ts';
import { decref } from '../../src/runtime/object.ts';
import { PyBigInt, PyInt, intType, newInt, normInt, type IntValue } from '../../src/objects/int.ts';
import { newIntOfType } from '../../src/objects/int-slots.ts';
import { typeNew } from '../../src/runtime/class-create.ts';
import { typeType } from '../../src/runtime/core-types.ts';
import { newDict } from '../../src/objects/dict.ts';
import type { PyType } from '../../src/runtime/object.ts';

beforeAll(() => {
  bootVm();
});

/** Whether `o`'s class is the one its value needs. */
function classFits(o: PyInt): boolean {
  return (o instanceof PyBigInt) === (typeof o.value === 'bigint');
}

const values = fc.oneof(fc.integer(), fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map((v) => normInt(v)));

describe('the class of an int', () => {
  it('is PyBigInt exactly when the value is a bigint, for new ints and the results of arithmetic', () => {
    fc.assert(
      fc.property(values, values, (a: IntValue, b: IntValue) => {
        const x = newInt(a);
        const y = newInt(b);
        const made = [x, y];
        for (const op of ['add', 'subtract', 'multiply'] as const) made.push(binaryOp(x, y, op) as PyInt);
        const fits = made.every(classFits);
        // Freed in turn: a dead int that is reused must fit its next value too.
        for (const o of made) decref(o);
        const again = newInt(b);
        const reused = classFits(again);
        decref(again);
        return fits && reused;
      }),
    );
  });

  it('is PyBigInt for an instance of an int subclass with a bigint value', () => {
    const dict = newDict();
    const sub = typeNew(typeType, 'MyInt', [intType], dict, [], []) as PyType;
    decref(dict);
    const small = newIntOfType(sub, 5);
    const big = newIntOfType(sub, 2n ** 70n);
    expect([small instanceof PyBigInt, big instanceof PyBigInt, big.type === sub]).toEqual([false, true, true]);
    decref(small);
    decref(big);
    decref(sub);
  });
});
