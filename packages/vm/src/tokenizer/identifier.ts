/**
 * PEP 3131 identifiers: the check the tokenizer makes on names with non-ASCII characters, and the
 * NFKC normalisation the AST gives them. Mirrors CPython 3.8 Parser/tokenizer.c
 * `verify_identifier` and Python/ast.c `new_identifier`.
 * @module
 */

import { isAssigned12 } from '../unicode/assigned.ts';

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/**
 * Whether `name` is a valid identifier (`str.isidentifier()`).
 * @param name - A decoded name.
 * @returns True for a PEP 3131 identifier.
 */
export function isIdentifier(name: string): boolean {
  if (!IDENTIFIER.test(name)) return false;
  // The JS engine's XID classes are newer than Python 3.8's Unicode 12.1: a code point assigned
  // since is not a letter there.
  for (const c of name) if (!isAssigned12(c.codePointAt(0) ?? 0)) return false;
  return true;
}

/**
 * The name as the AST holds it: NFKC-normalised when it is not ASCII.
 * @param name - A decoded, valid identifier.
 * @returns The normalised name.
 */
export function normalizeIdentifier(name: string): string {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 128) return name.normalize('NFKC');
  return name;
}
