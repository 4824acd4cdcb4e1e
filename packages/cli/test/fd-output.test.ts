// fd-output.ts encodes short text itself (encodeUtf8): it must give TextEncoder's bytes for any
// UTF-16 text, lone surrogates included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../src/fd-output.ts';

function encoded(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 3 + 4);
  return bytes.subarray(2, encodeUtf8(text, bytes, 2));
}

describe('encodeUtf8', () => {
  it.each([
    ['ascii', 'hello\n'],
    ['two-byte', 'é ß'],
    ['three-byte', '€ 日本'],
    ['a surrogate pair', '😀'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00'],
    ['a high surrogate at the end', 'x\udbff'],
    ['two high surrogates then a low one', '\ud800\ud800\udc00'],
  ])('encodes %s as TextEncoder does', (_, text) => {
    expect(encoded(text)).toEqual(new TextEncoder().encode(text));
  });

  it('agrees with TextEncoder on any UTF-16 text', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const piece = fc.oneof(unit, fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('\ud83d', '\ude00', '\n'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(encoded(text)).toEqual(new TextEncoder().encode(text));
      }),
      { numRuns: 500 },
    );
  });
});
