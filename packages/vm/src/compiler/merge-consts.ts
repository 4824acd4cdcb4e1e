/**
 * The compilation-wide constant cache: equal constants (by {@link constantKey}) become one
 * object, and a frozenset constant is rebuilt from its items in iteration order, which is what
 * fixes the item order CPython shows in `co_consts`. Mirrors CPython 3.8 Python/compile.c
 * `merge_consts_recursive` and `c_const_cache`.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import type { Constant } from '../bytecode/constant.ts';
import { frozensetOrder } from '../hash/set-order.ts';
import { codeEquals, constantKey } from './const-key.ts';
import type { KeyContext } from './const-key.ts';

/**
 * Deduplicates constants across one compilation (`c_const_cache`).
 *
 * @see CPython 3.8 Python/compile.c merge_consts_recursive
 */
export class ConstCache implements KeyContext {
  private readonly cache = new Map<string, Constant>();
  private readonly codeKeys = new Map<CodeObject, string>();
  /** The distinct code objects seen, by first line (a cheap filter: {@link codeEquals} decides). */
  private readonly codeGroups = new Map<number, { readonly code: CodeObject; readonly id: string }[]>();
  private codeCount = 0;
  private uniqueCounter = 0;

  /** A key no other constant has. */
  unique(): string {
    return `#${this.uniqueCounter++}`;
  }

  /** A short key for the value of `co`: equal code objects get the same one. */
  codeKey(co: CodeObject): string {
    const known = this.codeKeys.get(co);
    if (known !== undefined) return known;
    let group = this.codeGroups.get(co.firstlineno);
    if (group === undefined) {
      group = [];
      this.codeGroups.set(co.firstlineno, group);
    }
    const twin = group.find((g) => codeEquals(g.code, co, this));
    const id = twin?.id ?? `<${this.codeCount++}>`;
    if (twin === undefined) group.push({ code: co, id });
    this.codeKeys.set(co, id);
    return id;
  }

  /** The key of `c` (`_PyCode_ConstantKey`). */
  key(c: Constant): string {
    return constantKey(c, this);
  }

  /**
   * Returns the canonical constant equal to `c` and its key, registering `c` when it is new.
   *
   * @see CPython 3.8 Python/compile.c merge_consts_recursive
   */
  merge(c: Constant): { readonly key: string; readonly value: Constant } {
    const key = this.key(c);
    // Scalars are plain values here: which of two equal ones is kept cannot be observed.
    if (c.kind !== 'tuple' && c.kind !== 'frozenset' && c.kind !== 'code') return { key, value: c };
    const hit = this.cache.get(key);
    if (hit !== undefined) return { key, value: hit };
    this.cache.set(key, c);
    let value = c;
    if (c.kind === 'tuple') {
      value = { kind: 'tuple', items: c.items.map((i) => this.merge(i).value) };
    } else if (c.kind === 'frozenset' && c.items.length > 0) {
      const added = c.items.map((i) => this.merge(i).value);
      value = { kind: 'frozenset', items: frozensetOrder(added), added };
    }
    this.cache.set(key, value);
    return { key, value };
  }
}
