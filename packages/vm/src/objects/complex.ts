/**
 * `complex`: a pair of doubles. Mirrors CPython 3.8 Objects/complexobject.c.
 * @module
 */
import { staticType } from '../runtime/core-types.ts';
import { allocateAddress } from '../runtime/memory.ts';
import { PyObject, TPFLAGS_BASETYPE, type PyType } from '../runtime/object.ts';

/** The `complex` type. */
export const complexType: PyType = staticType({ name: 'complex', basicsize: 32, flags: TPFLAGS_BASETYPE });

/** A complex object. */
export class PyComplex extends PyObject {
  readonly real: number;
  readonly imag: number;

  constructor(type: PyType, real: number, imag: number, address: number) {
    super(type, address);
    this.real = real;
    this.imag = imag;
  }
}

/** A new complex. */
export function newComplex(real: number, imag: number): PyComplex {
  return new PyComplex(complexType, real, imag, allocateAddress(complexType));
}
