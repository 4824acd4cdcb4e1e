// UTF-8 helpers: round trips, character counts over byte ranges, byte lengths.
import { describe, expect, it } from 'vitest';
import { countChars, decodeUtf8, encodeUtf8, utf8Length } from '../../src/source/utf8.ts';
import { prepareSource, programText } from '../../src/source/source-buffer.ts';

describe('utf8', () => {
  const samples = ['', 'abc', 'é', '日本語', '😀x', 'a\u0000b', 'x'.repeat(10000)];
  for (const s of samples) {
    it(`round-trips ${JSON.stringify(s.slice(0, 10))}`, () => {
      const b = encodeUtf8(s);
      expect(b.length).toBe(utf8Length(s));
      expect(decodeUtf8(b, 0, b.length)).toBe(s);
      expect(countChars(b, 0, b.length)).toBe(Array.from(s).length);
    });
  }
  it('counts a truncated character once', () => {
    const b = encodeUtf8('é');
    expect(countChars(b, 0, 1)).toBe(1);
    expect(decodeUtf8(b, 0, 1)).toBe('\ufffd');
  });
});

describe('prepareSource', () => {
  it('normalises newlines, drops a BOM and adds a final newline', () => {
    const s = prepareSource('\ufeffa\r\nb\rc', 'f.py');
    expect(s.text).toBe('a\nb\nc');
    expect(s.bufferText).toBe('a\nb\nc\n');
    expect(s.endsWithNewline).toBe(false);
    expect(programText(s, 2)).toBe('b\n');
    expect(programText(s, 3)).toBe('c');
    expect(programText(s, 4)).toBe(null);
  });
});
