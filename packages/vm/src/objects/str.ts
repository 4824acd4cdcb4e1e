/**
 * `str`: immutable text. The value is a JS string (astral code points as surrogate pairs); length
 * and indexing count code points, as Python does. The hash is CPython 3.8's SipHash of the PEP 393
 * layout, cached. The empty string and the Latin-1 single characters are static singletons
 * (`unicode_empty`, `unicode_latin1`), identifiers are interned.
 * Mirrors CPython 3.8 Objects/unicodeobject.c.
 *
 * DEVIATION(cpython): a lone high surrogate followed by a lone low surrogate (`'\ud800\udcff'`)
 * is the same JS string as the astral code point they pair into, so such a str has one code
 * point where CPython's has two; lone surrogates anywhere else are kept as they are.
 * @module
 */
import { strHash } from '../hash/str-hash.ts';
import { staticType } from '../runtime/core-types.ts';
import { allocatePlainAddress, reallocateSize, staticAddress } from '../runtime/memory.ts';
import { IMMORTAL, PyObject, TPFLAGS_BASETYPE, freeObject, freePlainObject, type PyType } from '../runtime/object.ts';
import { encodeUtf8 } from '../source/utf8.ts';

/** The `str` type. */
export const strType: PyType = staticType({ name: 'str', basicsize: 80, flags: TPFLAGS_BASETYPE });
strType.addIsConcat = true;

/** A str object. */
export class PyStr extends PyObject {
  /** The text; it changes only in {@link PyStr.grow}, while the str has no holder but one stack. */
  value: string;
  #hash: bigint | undefined;
  /** Code points, or -1 until needed. */
  #length = -1;
  /**
   * The widest code point's class as CPython stores the text (`kind`): 0 for ASCII, then 1, 2 or 4
   * bytes a code point; -1 until needed.
   */
  #kind = -1;

  constructor(type: PyType, value: string, address: number) {
    super(type, address);
    this.value = value;
  }

  /** `hash(self)` for an exact str (cached, as `unicode_hash` caches it). */
  get hashValue(): bigint {
    this.#hash ??= strHash(this.value);
    return this.#hash;
  }

  /** The storage class of the text (see `#kind`). */
  get kind(): number {
    if (this.#kind < 0) this.#kind = strKind(this.value);
    return this.#kind;
  }

  set kind(k: number) {
    this.#kind = k;
  }

  /** `len(self)`: code points. */
  get length(): number {
    // Only text with a code point past the BMP has surrogate pairs (the regex finds ASCII fast).
    if (this.#length < 0) this.#length = this.kind === 4 ? codePointLength(this.value) : this.value.length;
    return this.#length;
  }

  /** Whether every code point is a single UTF-16 unit (so JS indexing is Python indexing). */
  get isBmpOnly(): boolean {
    return this.length === this.value.length;
  }

  /** Whether the hash has been computed (`_PyUnicode_HASH(s) != -1`): then the text must not change. */
  get hashed(): boolean {
    return this.#hash !== undefined;
  }

  /**
   * Appends `tail`'s text in place, as `PyUnicode_Append` does to a str it may modify
   * (`resize_compact`): the block is reallocated to the new size (so the address changes when it
   * no longer fits) and a cached UTF-8 form is dropped. Only for an exact str that nobody else
   * can see, never hashed, whose storage class holds `tail`'s (interpreter/str-concatenate.ts).
   */
  grow(tail: PyStr): void {
    const kind = this.kind;
    const n = this.length + tail.length;
    this.addressHandle = reallocateSize(this.addressHandle, strType, sizeOfLength(n, kind));
    this.value += tail.value;
    this.#length = n;
    utf8Forms.delete(this);
  }
}

/** Code points in a JS string (a lone surrogate counts as one). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Any code point above ASCII. */
const NON_ASCII = /[^\0-\x7f]/;

/**
 * Strs whose UTF-8 form CPython would have cached (`PyUnicode_AsUTF8AndSize` keeps it in the
 * object, in a block of its own), by the UTF-8 length. An ASCII str is its own UTF-8 and never
 * needs one.
 */
const utf8Forms = new WeakMap<PyStr, number>();

/** `PyUnicode_AsUTF8AndSize`'s cache: `s` keeps its UTF-8 form from now on (text without lone surrogates). */
export function cacheUtf8(s: PyStr): void {
  if (utf8Forms.has(s) || !NON_ASCII.test(s.value)) return;
  utf8Forms.set(s, encodeUtf8(s.value).length);
}

/** The bytes of `s`'s cached UTF-8 form with its terminator, counted by `str.__sizeof__`; 0 when it has none. */
export function utf8CacheSize(s: PyStr): number {
  const n = utf8Forms.get(s);
  return n === undefined ? 0 : n + 1;
}

/**
 * 0 for ASCII text (found by the regex engine, many times faster than a JS loop), else the bytes
 * a code point of CPython's storage of it takes (1, 2 or 4).
 */
function strKind(s: string): number {
  if (!NON_ASCII.test(s)) return 0;
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  // A surrogate pair is a code point past the BMP; a lone one is stored in two bytes.
  if (max >= 0xd800 && /[\ud800-\udbff][\udc00-\udfff]/.test(s)) return 4;
  return max < 0x100 ? 1 : 2;
}

/** Bytes CPython allocates for a compact str of this text (`sys.getsizeof`). */
export function strSize(s: string): number {
  return sizeOfKind(s, strKind(s));
}

/** {@link strSize} of text whose storage class ({@link strKind}) is known. */
function sizeOfKind(s: string, kind: number): number {
  // Only text past the BMP has surrogate pairs, each one code point.
  return sizeOfLength(kind === 4 ? codePointLength(s) : s.length, kind);
}

/** The bytes of a compact str of `n` code points of storage class `kind` (`PyUnicode_New`). */
function sizeOfLength(n: number, kind: number): number {
  return kind === 0 ? 48 + n + 1 : 72 + (n + 1) * kind;
}

function staticStr(value: string): PyStr {
  const s = new PyStr(strType, value, staticAddress(strSize(value)));
  s.refcnt = IMMORTAL;
  return s;
}

/** `unicode_empty`. */
export const emptyStr: PyStr = staticStr('');
const latin1: PyStr[] = [];
for (let i = 0; i < 256; i++) latin1.push(staticStr(String.fromCharCode(i)));

/** Interned identifier strings (`PyUnicode_InternInPlace`): static for the VM's lifetime. */
const interned = new Map<string, PyStr>();

/**
 * A new str of `value` that is never one of the single-character singletons (only the empty str
 * is shared): what `PyUnicode_New` gives the C functions that fill a str themselves, such as
 * `long_to_decimal_string` (`str(7)` is a str of its own) and the case conversions.
 */
export function newFreshStr(value: string): PyStr {
  if (value.length !== 1) return newStr(value);
  return new PyStr(strType, value, allocatePlainAddress(strType, strSize(value)));
}

/** A new reference to a str with this text. */
export function newStr(value: string): PyStr {
  if (value.length <= 1) {
    if (value.length === 0) {
      emptyStr.refcnt++;
      return emptyStr;
    }
    const c = value.charCodeAt(0);
    const single = latin1[c];
    if (single !== undefined) {
      single.refcnt++;
      return single;
    }
  }
  // The size is by code-unit count here; exact for the common Latin-1 and BMP texts.
  const type = strType;
  const size = strSize(value);
  return new PyStr(type, value, allocatePlainAddress(type, size));
}

/**
 * A new str of `a`'s text then `b`'s, sized from their storage classes instead of a scan of the
 * whole text: `s += piece` in a loop costs the piece, not the string so far.
 */
export function concatStr(a: PyStr, b: PyStr): PyStr {
  const value = a.value + b.value;
  const kind = Math.max(a.kind, b.kind);
  const s = new PyStr(strType, value, allocatePlainAddress(strType, sizeOfKind(value, kind)));
  s.kind = kind;
  return s;
}

/**
 * A new str of `value`, text cut from `parent`: the pieces of an ASCII str are ASCII, so their
 * size takes no scan (`s = s[n:]` in a loop costs no pass over what is left).
 */
export function newStrPiece(parent: PyStr, value: string): PyStr {
  if (value.length <= 1 || parent.kind !== 0) return newStr(value);
  const s = new PyStr(strType, value, allocatePlainAddress(strType, sizeOfKind(value, 0)));
  s.kind = 0;
  return s;
}

/** The interned str for an identifier: a new reference. */
export function internStr(value: string): PyStr {
  let s = interned.get(value);
  if (s === undefined) {
    // The empty str and the Latin-1 characters are singletons already; any other text gets a static one.
    s = value.length === 0 || (value.length === 1 && value.charCodeAt(0) < 256) ? newStr(value) : staticStr(value);
    s.refcnt = IMMORTAL;
    interned.set(value, s);
  }
  s.refcnt++;
  return s;
}

/**
 * Strs `sys.intern` entered in the table (`SSTATE_INTERNED_MORTAL`): the table holds no reference
 * to them, and freeing one takes it out.
 */
const mortalInterned = new Set<PyStr>();

/**
 * `PyUnicode_InternInPlace` for `sys.intern(s)` (an exact str): the str already interned with
 * this text, or `s` itself, entered now. Returns a new reference.
 */
export function internInPlace(s: PyStr): PyStr {
  let t = interned.get(s.value);
  if (t === undefined) {
    t = s;
    interned.set(s.value, s);
    mortalInterned.add(s);
  }
  t.refcnt++;
  return t;
}

/** Forgets the strs `sys.intern` entered in an earlier run (one that stopped early keeps them alive). */
export function resetMortalInterned(): void {
  for (const s of mortalInterned) interned.delete(s.value);
  mortalInterned.clear();
}

// `unicode_dealloc`: a mortal interned str leaves the table.
strType.dealloc = (o) => {
  if (mortalInterned.size !== 0 && mortalInterned.delete(o as PyStr)) interned.delete((o as PyStr).value);
  // An exact str's block is newStr's plain one (a subclass's instance is allocated otherwise).
  if (o.type === strType) freePlainObject(o);
  else freeObject(o);
};

/** The interned str with this text (borrowed), or null when there is none. */
export function internedStr(value: string): PyStr | null {
  return interned.get(value) ?? null;
}

/** Whether `o` is a str (exact or subclass). */
export function isStr(o: PyObject): o is PyStr {
  return o instanceof PyStr;
}
