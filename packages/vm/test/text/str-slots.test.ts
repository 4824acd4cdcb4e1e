// Expected values from CPython 3.8.18 (PYENV_VERSION=3.8.18 python3.8).
import { describe, expect, it } from 'vitest';
import '../../src/objects/text.ts';
import { PyRaise } from '../../src/runtime/errors.ts';
import type { PyObject } from '../../src/runtime/object.ts';
import { newInt, PyInt } from '../../src/objects/int.ts';
import { newStr, PyStr, strType } from '../../src/objects/str.ts';
import { bytesType, newBytes, PyBytes } from '../../src/objects/bytes.ts';
import { newSlice } from '../../src/objects/slice.ts';
import { None } from '../../src/objects/singletons.ts';
import { newTuple } from '../../src/objects/tuple.ts';
import { declaredAttributes } from '../../src/runtime/type-defs.ts';
import { decodeBytes, encodeText } from '../../src/objects/str-methods-codec.ts';
import { compareText } from '../../src/objects/str-slots.ts';
import { caseOps, predicates } from '../../src/objects/str-methods-case.ts';
import { rsplitText, splitLinesText, splitText } from '../../src/objects/str-methods-search.ts';
import { hexText } from '../../src/objects/bytes-hex.ts';

const s = (v: string): PyStr => newStr(v);
const text = (o: PyObject): string => (o instanceof PyStr ? o.value : o instanceof PyInt ? String(o.value) : `<${o.type.name}>`);
const slot = <T>(f: T | undefined): T => {
  if (f === undefined) throw new Error('slot missing');
  return f;
};
function raised(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyRaise) {
      const args = e.value.args as { items?: PyObject[] } | null;
      return `${e.value.type.name}: ${(args?.items ?? []).map(text).join(', ')}`;
    }
    throw e;
  }
  return 'no error';
}
function method(type: typeof strType, name: string): (self: PyObject, ...args: PyObject[]) => PyObject {
  const attr = declaredAttributes.get(type)?.find((a) => (a.kind === 'method' || a.kind === 'staticmethod') && a.def.name === name);
  if (attr === undefined || !('def' in attr)) throw new Error(`no method ${name}`);
  const def = attr.def as { impl: (self: PyObject, args: readonly PyObject[], kw: readonly string[] | null) => PyObject };
  return (self, ...args) => def.impl(self, args, null);
}

describe('str slots', () => {
  it('concatenates and repeats with CPython messages', () => {
    expect(text(slot(strType.nb.add)(s('ab'), s('cd')))).toBe('abcd');
    expect(raised(() => slot(strType.nb.add)(s('abc'), newInt(1)))).toBe('TypeError: can only concatenate str (not "int") to str');
    expect(text(slot(strType.nb.multiply)(s('ab'), newInt(3)))).toBe('ababab');
    expect(text(slot(strType.nb.multiply)(newInt(3), s('ab')))).toBe('ababab');
    expect(text(slot(strType.nb.multiply)(s('x'), newInt(-1)))).toBe('');
  });
  it('indexes and slices by code point', () => {
    const e = s('\u{1f600}abc');
    expect(slot(strType.length)(e)).toBe(4);
    expect(text(slot(strType.getitem)(e, newInt(0)))).toBe('\u{1f600}');
    expect(text(slot(strType.getitem)(e, newSlice(newInt(1), None, None)))).toBe('abc');
    expect(text(slot(strType.getitem)(s('abcdef'), newSlice(newInt(10), newInt(1), newInt(-2))))).toBe('fd');
    expect(text(slot(strType.getitem)(s('abc'), newSlice(None, None, newInt(-1))))).toBe('cba');
    expect(raised(() => slot(strType.getitem)(s('abc'), newInt(5)))).toBe('IndexError: string index out of range');
    expect(raised(() => slot(strType.getitem)(s('abc'), s('x')))).toBe('TypeError: string indices must be integers');
    expect(raised(() => slot(strType.getitem)(s('abc'), newSlice(None, None, newInt(0))))).toBe('ValueError: slice step cannot be zero');
  });
  it('contains and compares', () => {
    expect(raised(() => slot(strType.contains)(s('abc'), newInt(1)))).toBe("TypeError: 'in <string>' requires string as left operand, not int");
    expect(compareText('\uffff', '\u{10000}')).toBe(-1);
    expect(compareText('ab', 'abc')).toBe(-1);
    expect(slot(strType.hash)(s('abc'))).toBe(s('abc').hashValue);
  });
  it('formats with %', () => {
    const fmt = (f: string, a: PyObject): string => text(slot(strType.nb.remainder)(s(f), a));
    expect(fmt('%s|%5s|%-5s|%.1s', newTuple([s('é'), s('ab'), s('ab'), s('ab')]))).toBe('é|   ab|ab   |a');
    expect(fmt('%c%c', newTuple([newInt(65), s('b')]))).toBe('Ab');
    expect(fmt('%x|%#o|%05d', newTuple([newInt(255), newInt(8), newInt(-3)]))).toBe('ff|0o10|-0003');
    expect(raised(() => fmt('%s %s', newTuple([s('1')])))).toBe('TypeError: not enough arguments for format string');
    expect(raised(() => fmt('%s', newTuple([s('1'), s('2')])))).toBe('TypeError: not all arguments converted during string formatting');
    expect(raised(() => fmt('%d', s('a')))).toBe('TypeError: %d format: a number is required, not str');
    expect(raised(() => fmt('%(a)s', newInt(1)))).toBe('TypeError: format requires a mapping');
    expect(raised(() => fmt('%y', newInt(1)))).toBe("ValueError: unsupported format character 'y' (0x79) at index 1");
  });
});

describe('str methods', () => {
  const call = (name: string, self: string, ...args: PyObject[]): string => text(method(strType, name)(s(self), ...args));
  it('search', () => {
    expect(call('find', 'ab', s('b'), newInt(-10), newInt(100))).toBe('1');
    expect(call('find', 'abc', s(''), newInt(4))).toBe('-1');
    expect(call('rfind', 'abc', s(''))).toBe('3');
    expect(call('count', 'abc', s(''))).toBe('4');
    expect(call('find', '\u{1f600}abc', s('a'))).toBe('1');
    expect(raised(() => call('find', 'abc'))).toBe('TypeError: find() takes at least 1 argument (0 given)');
    expect(raised(() => call('find', 'abc', newInt(1)))).toBe('TypeError: must be str, not int');
    expect(raised(() => call('index', 'abc', s('z')))).toBe('ValueError: substring not found');
    expect(raised(() => call('startswith', 'abc', newInt(1)))).toBe('TypeError: startswith first arg must be str or a tuple of str, not int');
    expect(call('replace', 'abc', s(''), s('-'), newInt(2))).toBe('-a-bc');
    expect(call('replace', 'abc', s(''), s('-'))).toBe('-a-b-c-');
    expect(raised(() => call('replace', 'abc', s('a')))).toBe('TypeError: replace expected at least 2 arguments, got 1');
  });
  it('split', () => {
    expect(splitText('  a  b  ', null, 1)).toEqual(['a', 'b  ']);
    expect(rsplitText('  a  b  ', null, 1)).toEqual(['  a', 'b']);
    expect(splitText('a,b,,c', ',', 2)).toEqual(['a', 'b', ',c']);
    expect(rsplitText('a,b,,c', ',', 2)).toEqual(['a,b', '', 'c']);
    expect(splitText('', null, -1)).toEqual([]);
    expect(rsplitText(' ', ' ', -1)).toEqual(['', '']);
    expect(splitLinesText('a\nb\r\nc\rd\x0be\x1cf\u2028g', false)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(splitLinesText('a\nb\r\nc', true)).toEqual(['a\n', 'b\r\n', 'c']);
  });
  it('case and predicates', () => {
    expect(caseOps.title(Array.from('hello World ǅx ßa'))).toBe('Hello World ǅx Ssa');
    expect(caseOps.capitalize(Array.from('hello World ǅx ßa'))).toBe('Hello world ǆx ßa');
    expect(caseOps.swapcase(Array.from('ßǅaΣ'))).toBe('SSǅAς');
    expect(caseOps.lower(Array.from('ΑΣ ΑΣΑ Σ'))).toBe('ας ασα σ');
    expect(caseOps.casefold(Array.from('ß ﬁ ı İ'))).toBe('ss fi ı i̇');
    const p = (name: string, v: string): boolean => (predicates[name] ?? (() => false))(Array.from(v));
    expect([p('isdigit', '123'), p('isdigit', '²'), p('isdecimal', '²'), p('isnumeric', '½'), p('isnumeric', '一'), p('isdigit', '')]).toEqual([true, true, false, true, true, false]);
    expect([p('istitle', 'Hello World'), p('istitle', 'Hello world'), p('istitle', 'ǅa')]).toEqual([true, false, true]);
    expect([p('isspace', '\x85\xa0 \t\x1c'), p('isspace', '\ufeff'), p('isprintable', '\xa0'), p('isidentifier', '1a')]).toEqual([true, false, false, false]);
  });
  it('padding', () => {
    expect(call('center', 'abc', newInt(6), s('x'))).toBe('xabcxx');
    expect(call('center', 'abc', newInt(8), s('x'))).toBe('xxabcxxx');
    expect(call('center', 'abcd', newInt(7))).toBe('  abcd ');
    expect(call('zfill', '-a', newInt(5))).toBe('-000a');
    expect(raised(() => call('center', 'abc', newInt(5), s('ab')))).toBe('TypeError: The fill character must be exactly one character long');
  });
  it('format', () => {
    expect(call('format', '{0}-{1}-{0}', s('a'), s('b'))).toBe('a-b-a');
    expect(call('format', '{:*^9}', s('hi'))).toBe('***hi****');
    expect(call('format', '{0[1]}', s('xyz'))).toBe('y');
    expect(call('format', '{{}}{}', s('q'))).toBe('{}q');
    expect(call('format', '{0!r:>10}', s('a'))).toBe("       'a'");
    expect(raised(() => call('format', '{}'))).toBe('IndexError: Replacement index 0 out of range for positional args tuple');
    expect(raised(() => call('format', '{0}{}', newInt(1), newInt(2)))).toBe('ValueError: cannot switch from manual field specification to automatic field numbering');
    expect(raised(() => call('format', '}'))).toBe("ValueError: Single '}' encountered in format string");
    expect(raised(() => call('format', '{0!x}', newInt(1)))).toBe('ValueError: Unknown conversion specifier x');
    expect(raised(() => call('format', '{0[}', newInt(1)))).toBe("ValueError: expected '}' before end of string");
    expect(raised(() => call('format', '{0:{1:{2}}}', newInt(1), newInt(2), newInt(3)))).toBe('ValueError: Max string recursion exceeded');
    expect(raised(() => call('format', '{:d}', s('a')))).toBe("ValueError: Unknown format code 'd' for object of type 'str'");
  });
});

describe('codecs', () => {
  it('encodes and decodes', () => {
    expect(Array.from(encodeText('é€😀', 'utf-8', 'strict'))).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect(new TextDecoder().decode(encodeText('\xe9\u20ac\u{1f600}', 'ascii', 'backslashreplace'))).toBe('\\xe9\\u20ac\\U0001f600');
    expect(new TextDecoder().decode(encodeText('\xe9\u20ac\u{1f600}', 'latin-1', 'xmlcharrefreplace')).slice(1)).toBe('&#8364;&#128512;');
    expect(decodeBytes(Uint8Array.from([0xe9, 0xff, 0x80]), 'utf-8', 'backslashreplace')).toBe('\\xe9\\xff\\x80');
    expect(decodeBytes(Uint8Array.from([0xe9, 0xff, 0x80]), 'ascii', 'replace')).toBe('\ufffd\ufffd\ufffd');
    const err = raised(() => decodeBytes(Uint8Array.from([0x61, 0xed, 0xa0, 0x80, 0x7a]), 'utf-8', 'strict'));
    expect(err).toBe('UnicodeDecodeError: utf-8, <bytes>, 1, 2, invalid continuation byte');
  });
});

describe('bytes', () => {
  const b = (v: string): PyBytes => newBytes(Uint8Array.from(v, (c) => c.charCodeAt(0)));
  it('slots', () => {
    expect(text(slot(bytesType.getitem)(b('abc'), newInt(1)))).toBe('98');
    expect(raised(() => slot(bytesType.getitem)(b('abc'), newInt(5)))).toBe('IndexError: index out of range');
    expect(raised(() => slot(bytesType.nb.add)(b('abc'), s('a')))).toBe("TypeError: can't concat str to bytes");
    expect(raised(() => slot(bytesType.contains)(b('abc'), newInt(300)))).toBe('ValueError: byte must be in range(0, 256)');
    expect(text(slot(bytesType.repr)(b("a'\n\xff")))).toBe('b"a\'\\n\\xff"');
  });
  it('hex', () => {
    const v = Uint8Array.from([0xff, 0x61, 0x62, 0x63, 0x64]);
    expect([hexText(v, null, 1), hexText(v, ':', 2), hexText(v, ':', -2)]).toEqual(['ff61626364', 'ff:6162:6364', 'ff61:6263:64']);
  });
});
