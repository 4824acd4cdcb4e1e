/**
 * `repr()` of a code object, and the fake addresses it shows. Mirrors CPython 3.8
 * Objects/codeobject.c `code_repr`.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';

/** Gives the address (`0x…`) a code object's repr shows, like CPython's `%p` of the object. */
export type AddressOf = (code: CodeObject) => string;

/** Where the fake addresses of {@link sequentialAddresses} start: a plausible 64-bit heap address. */
const FAKE_HEAP_BASE = 0x7f0000000000;

/** How far apart the fake addresses are: more than a code object's size in CPython. */
const FAKE_OBJECT_STRIDE = 0x100;

/**
 * Returns an {@link AddressOf} that numbers code objects in the order it first sees them.
 *
 * @remarks
 * CPython shows real heap addresses, which differ from run to run, so goldens normalise every
 * `0x[0-9a-fA-F]+` to `0x?`. corosim stays deterministic instead: each call gets a fresh
 * numbering, the same object always gets the same address within it, and distinct objects get
 * distinct addresses.
 *
 * @returns a fresh numbering
 * @example
 * ```ts
 * const addressOf = sequentialAddresses();
 * addressOf(code); // '0x7f0000000000'
 * ```
 */
export function sequentialAddresses(): AddressOf {
  const seen = new Map<CodeObject, string>();
  return (code) => {
    let address = seen.get(code);
    if (address === undefined) {
      address = '0x' + (FAKE_HEAP_BASE + FAKE_OBJECT_STRIDE * seen.size).toString(16);
      seen.set(code, address);
    }
    return address;
  };
}

/**
 * Returns the repr of a code object: `<code object NAME at ADDRESS, file "FILE", line N>`.
 *
 * @remarks
 * The name and file name are inserted as they are, unquoted and unescaped, as CPython's `%U`
 * does; a first line number of 0 shows as -1.
 *
 * @param code - the code object
 * @param address - the address to show, `0x…`
 * @returns the text `repr(code)` gives in Python 3.8 at that address
 * @example
 * ```ts
 * codeRepr(code, '0x7f0000000000'); // '<code object f at 0x7f0000000000, file "x.py", line 3>'
 * ```
 * @see CPython 3.8 Objects/codeobject.c code_repr
 */
export function codeRepr(code: CodeObject, address: string): string {
  const lineno = code.firstlineno !== 0 ? code.firstlineno : -1;
  return `<code object ${code.name} at ${address}, file "${code.filename}", line ${lineno}>`;
}
