// Helpers shared by the AST optimiser tests.
import type { Constant } from '../../src/bytecode/constant.ts';

/** Whether two constants are the same value: floats bit for bit (NaN equals NaN, -0 is not 0). */
export function sameConstant(a: Constant, b: Constant): boolean {
  switch (a.kind) {
    case 'None':
    case 'Ellipsis':
      return a.kind === b.kind;
    case 'bool':
    case 'int':
    case 'str':
      return b.kind === a.kind && b.value === a.value;
    case 'float':
      return b.kind === 'float' && Object.is(a.value, b.value);
    case 'complex':
      return b.kind === 'complex' && Object.is(a.real, b.real) && Object.is(a.imag, b.imag);
    case 'bytes':
      return b.kind === 'bytes' && a.value.length === b.value.length && a.value.every((x, i) => x === b.value[i]);
    case 'tuple':
    case 'frozenset':
      return b.kind === a.kind && a.items.length === b.items.length && a.items.every((x, i) => sameConstant(x, b.items[i] as Constant));
    case 'code':
      return false;
  }
}
