/**
 * `repr()` of every kind of compile-time constant, as `dis` shows a `LOAD_CONST` argument.
 * Mirrors the `tp_repr` slots of CPython 3.8's str, bytes, int, float, complex, tuple
 * (Objects/tupleobject.c `tuplerepr`), frozenset (Objects/setobject.c `set_repr`) and code types.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import { unreachable } from '../internal/assert.ts';
import { bytesRepr } from './bytes-repr.ts';
import { codeRepr, sequentialAddresses, type AddressOf } from './code-repr.ts';
import { complexRepr } from './complex-repr.ts';
import { floatRepr } from './float-repr.ts';
import { strRepr } from './str-repr.ts';

/**
 * Returns the repr of a constant, as Python 3.8's `repr()` prints the object.
 *
 * @remarks
 * **Details**: tuples print `()`, `(x,)` and `(x, y)`; frozensets print `frozenset()` and
 * `frozenset({x, y})` with items in the order the constant holds them (CPython's table order,
 * see `hash/set-order.ts`); code objects print `<code object …>` at the address `addressOf` gives.
 *
 * @param c - the constant
 * @param addressOf - the address of each code object; by default a fresh
 *   {@link sequentialAddresses} numbering for this call
 * @returns the text `repr()` gives in Python 3.8
 * @example
 * ```ts
 * constantRepr({ kind: 'tuple', items: [{ kind: 'int', value: 1n }] }); // '(1,)'
 * ```
 * @see CPython 3.8 Objects/object.c PyObject_Repr
 */
export function constantRepr(c: Constant, addressOf: AddressOf = sequentialAddresses()): string {
  switch (c.kind) {
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
    case 'bool':
      return c.value ? 'True' : 'False';
    case 'int':
      return c.value.toString();
    case 'float':
      return floatRepr(c.value);
    case 'complex':
      return complexRepr(c.real, c.imag);
    case 'str':
      return strRepr(c.value);
    case 'bytes':
      return bytesRepr(c.value);
    case 'tuple': {
      const items = c.items.map((item) => constantRepr(item, addressOf));
      return items.length === 1 ? `(${items[0] ?? ''},)` : `(${items.join(', ')})`;
    }
    case 'frozenset':
      if (c.items.length === 0) return 'frozenset()';
      return `frozenset({${c.items.map((item) => constantRepr(item, addressOf)).join(', ')}})`;
    case 'code':
      return codeRepr(c.code, addressOf(c.code));
    default:
      return unreachable(c);
  }
}
