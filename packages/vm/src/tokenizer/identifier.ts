/**
 * PEP 3131 identifiers: the check the tokenizer makes on names with non-ASCII characters, and the
 * NFKC normalisation the AST gives them. Mirrors CPython 3.8 Parser/tokenizer.c
 * `verify_identifier` and Python/ast.c `new_identifier`.
 * @module
 */

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

/**
 * Whether `name` is a valid identifier (`str.isidentifier()`).
 * @param name - A decoded name.
 * @returns True for a PEP 3131 identifier.
 */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
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
