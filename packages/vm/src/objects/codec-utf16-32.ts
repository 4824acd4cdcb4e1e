/**
 * The UTF-16 and UTF-32 codecs (`utf-16`, `utf-16-le`, `utf-16-be`, `utf-32`, `utf-32-le`,
 * `utf-32-be`): the plain names write a little-endian BOM first and read one to choose the byte
 * order (little-endian without one). Lone surrogates are errors, handed to the error handler one
 * at a time. Mirrors CPython 3.8 Objects/unicodeobject.c `_PyUnicode_EncodeUTF16`,
 * `_PyUnicode_EncodeUTF32`, `PyUnicode_DecodeUTF16Stateful`, `PyUnicode_DecodeUTF32Stateful`
 * and the handlers of Python/codecs.c.
 * @module
 */

/** The wide codecs, by canonical name. */
export type WideCodec = 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

/** How the caller reports what a handler cannot fix (strict, or a handler the codec refuses). */
export interface WideErrors {
  encodeError(encoding: string, start: number, end: number, reason: string): never;
  decodeError(encoding: string, start: number, end: number, reason: string): never;
  /** The replacement text of an encoding handler for the characters `start..end` (ASCII), or null for strict. */
  encodeReplacement(errors: string, start: number, end: number): string | null;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c < 0xe000;

/** Code unit size, byte order and whether a BOM goes first. */
function shape(codec: WideCodec): { unit: number; le: boolean; bom: boolean } {
  return { unit: codec.startsWith('utf-16') ? 2 : 4, le: !codec.endsWith('-be'), bom: codec === 'utf-16' || codec === 'utf-32' };
}

function pushUnit(out: number[], v: number, unit: number, le: boolean): void {
  const bytes = unit === 2 ? [v & 0xff, (v >> 8) & 0xff] : [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
  if (!le) bytes.reverse();
  out.push(...bytes);
}

function pushChar(out: number[], c: number, unit: number, le: boolean): void {
  if (unit === 2 && c >= 0x10000) {
    const v = c - 0x10000;
    pushUnit(out, 0xd800 | (v >> 10), unit, le);
    pushUnit(out, 0xdc00 | (v & 0x3ff), unit, le);
  } else {
    pushUnit(out, c, unit, le);
  }
}

/** `str.encode` with a wide codec. `cps` are the text's code points. */
export function encodeWide(cps: readonly number[], codec: WideCodec, errors: string, report: WideErrors): Uint8Array {
  const { unit, le, bom } = shape(codec);
  const out: number[] = [];
  if (bom) pushUnit(out, 0xfeff, unit, true);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] as number;
    if (!isSurrogate(c)) {
      pushChar(out, c, unit, le);
      continue;
    }
    if (errors === 'surrogatepass') {
      pushUnit(out, c, unit, le);
      continue;
    }
    // surrogateescape gives bytes of odd length for a code unit: refused as the codec refuses them.
    const rep = errors === 'surrogateescape' ? null : report.encodeReplacement(errors, i, i + 1);
    if (rep === null) report.encodeError(codec, i, i + 1, 'surrogates not allowed');
    for (const ch of rep) pushUnit(out, ch.charCodeAt(0), unit, le);
  }
  return Uint8Array.from(out);
}

/** `bytes.decode` with a wide codec: the text as code points. */
export function decodeWide(data: Uint8Array, codec: WideCodec, errors: string, report: WideErrors): number[] {
  const { unit } = shape(codec);
  let { le } = shape(codec);
  let q = 0;
  if (codec === 'utf-16' && data.length >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) q = 2;
    else if (data[0] === 0xfe && data[1] === 0xff) {
      q = 2;
      le = false;
    }
  } else if (codec === 'utf-32' && data.length >= 4) {
    const bom = (((data[3] as number) << 24) >>> 0) + ((data[2] as number) << 16) + ((data[1] as number) << 8) + (data[0] as number);
    if (bom === 0xfeff) q = 4;
    else if (bom === 0xfffe0000) {
      q = 4;
      le = false;
    }
  }
  const encoding = `utf-${unit * 8}-${le ? 'le' : 'be'}`;
  const read = (at: number): number => {
    let v = 0;
    for (let k = 0; k < unit; k++) v += (data[at + (le ? k : unit - 1 - k)] as number) * 256 ** k;
    return v;
  };
  const out: number[] = [];
  /** Hands `start..end` to the handler: the text it puts there, and where decoding goes on. */
  const fail = (start: number, end: number, reason: string): number => {
    switch (errors) {
      case 'ignore':
        return end;
      case 'replace':
        out.push(0xfffd);
        return end;
      case 'backslashreplace':
        for (let k = start; k < end; k++) for (const ch of `\\x${(data[k] as number).toString(16).padStart(2, '0')}`) out.push(ch.charCodeAt(0));
        return end;
      case 'surrogateescape': {
        // `PyCodec_SurrogateEscapeErrors` takes the leading bytes of 0x80..0xff (four at most)
        // and decoding goes on after them; with none the error stands.
        let k = start;
        while (k < end && k - start < 4 && (data[k] as number) >= 0x80) out.push(0xdc00 + (data[k++] as number));
        if (k === start) report.decodeError(encoding, start, end, reason);
        return k;
      }
      case 'surrogatepass':
        // `PyCodec_SurrogatePassErrors` reads one code unit at `start` (whatever the error's end)
        // and decoding goes on after it.
        if (data.length - start >= unit) {
          const v = read(start);
          if (isSurrogate(v)) {
            out.push(v);
            return start + unit;
          }
        }
        return report.decodeError(encoding, start, end, reason);
      default:
        return report.decodeError(encoding, start, end, reason);
    }
  };
  while (q < data.length) {
    if (data.length - q < unit) {
      q = fail(q, data.length, 'truncated data');
      continue;
    }
    const v = read(q);
    if (unit === 4) {
      if (isSurrogate(v)) q = fail(q, q + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      else if (v >= 0x110000) q = fail(q, q + 4, 'code point not in range(0x110000)');
      else {
        out.push(v);
        q += 4;
      }
      continue;
    }
    if (!isSurrogate(v)) {
      out.push(v);
      q += 2;
    } else if (v >= 0xdc00) {
      q = fail(q, q + 2, 'illegal encoding');
    } else if (data.length - q < 4) {
      q = fail(q, data.length, 'unexpected end of data');
    } else {
      const w = read(q + 2);
      if (w >= 0xdc00 && w < 0xe000) {
        out.push(0x10000 + ((v - 0xd800) << 10) + (w - 0xdc00));
        q += 4;
      } else {
        q = fail(q, q + 2, 'illegal UTF-16 surrogate');
      }
    }
  }
  return out;
}
