// `\N{...}` names as CPython 3.8 (Unicode 12.1) resolves them. The table was made by evaluating
// "\N{name}" with Python 3.8.18; null means CPython reports "unknown Unicode character name".
import { describe, expect, it } from 'vitest';
import { lookupUnicodeName, unicodeNameTable } from '../../src/tokenizer/unicode-names.ts';
import { NAME_TABLE_CHECK, UNIFIED_IDEOGRAPH_RANGES } from '../../src/tokenizer/unicode-names.generated.ts';

/** 32-bit FNV-1a of an ASCII string, as scripts/py38/gen_unicode_names.py computes it. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

describe('lookupUnicodeName', () => {
  const table: [string, number | null][] = [
    ["LATIN CAPITAL LETTER GHA", 0x1a2],
    ["latin small letter gha", 0x1a3],
    ["BYTE ORDER MARK", 0xfeff],
    ["byte order mark", 0xfeff],
    ["BOM", 0xfeff],
    ["ZWNBSP", 0xfeff],
    ["ZERO WIDTH NO-BREAK SPACE", 0xfeff],
    ["NULL", 0x0],
    ["NUL", 0x0],
    ["nul", 0x0],
    ["LINE FEED", 0xa],
    ["line feed", 0xa],
    ["NEW LINE", 0xa],
    ["END OF LINE", 0xa],
    ["LF", 0xa],
    ["NEL", 0x85],
    ["CHARACTER TABULATION", 0x9],
    ["HORIZONTAL TABULATION", 0x9],
    ["TAB", 0x9],
    ["DELETE", 0x7f],
    ["DEL", 0x7f],
    ["ESCAPE", 0x1b],
    ["ESC", 0x1b],
    ["CARRIAGE RETURN", 0xd],
    ["PADDING CHARACTER", 0x80],
    ["PAD", 0x80],
    ["HIGH OCTET PRESET", 0x81],
    ["HOP", 0x81],
    ["SINGLE GRAPHIC CHARACTER INTRODUCER", 0x99],
    ["SGC", 0x99],
    ["VS1", 0xfe00],
    ["VS256", 0xe01ef],
    ["vs16", 0xfe0f],
    ["KANNADA LETTER LLLA", 0xcde],
    ["HANGUL JONGSEONG YESIEUNG-KIYEOK", 0x11ec],
    ["YI SYLLABLE ITERATION MARK", 0xa015],
    ["PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET", 0xfe18],
    ["WEIERSTRASS ELLIPTIC FUNCTION", 0x2118],
    ["SYRIAC SUBLINEAR COLON SKEWED LEFT", 0x709],
    ["LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", null],
    ["KEYCAP NUMBER SIGN", null],
    ["KHMER CONSONANT SIGN COENG SA", null],
    ["TAMIL CONSONANT KSS", null],
    ["LINE FEED (LF)", null],
    ["CARRIAGE RETURN (CR)", null],
    ["HANGUL SYLLABLE GA", 0xac00],
    ["HANGUL SYLLABLE GAG", 0xac01],
    ["HANGUL SYLLABLE HIH", 0xd7a3],
    ["HANGUL SYLLABLE A", 0xc544],
    ["HANGUL SYLLABLE YEOLB", 0xc5f7],
    ["HANGUL SYLLABLE GGWAELH", 0xaf73],
    ["HANGUL SYLLABLE SSYI", 0xc50c],
    ["HANGUL SYLLABLE JJWEOLT", 0xcb71],
    ["HANGUL SYLLABLE GGGA", null],
    ["HANGUL SYLLABLE AG G", null],
    ["HANGUL SYLLABLE ", null],
    ["HANGUL SYLLABLE", null],
    ["HANGUL SYLLABLE GA ", null],
    ["HANGUL SYLLABLE Ga", null],
    ["hangul syllable ga", null],
    ["Hangul Syllable GA", null],
    ["HANGUL SYLLABLE G", null],
    ["HANGUL SYLLABLE KIYEOK", null],
    ["CJK UNIFIED IDEOGRAPH-4E00", 0x4e00],
    ["CJK UNIFIED IDEOGRAPH-3400", 0x3400],
    ["CJK UNIFIED IDEOGRAPH-33FF", null],
    ["CJK UNIFIED IDEOGRAPH-4DB5", 0x4db5],
    ["CJK UNIFIED IDEOGRAPH-4DB6", null],
    ["CJK UNIFIED IDEOGRAPH-9FEF", 0x9fef],
    ["CJK UNIFIED IDEOGRAPH-9FEA", 0x9fea],
    ["CJK UNIFIED IDEOGRAPH-9FF0", null],
    ["CJK UNIFIED IDEOGRAPH-20000", 0x20000],
    ["CJK UNIFIED IDEOGRAPH-2A6D6", 0x2a6d6],
    ["CJK UNIFIED IDEOGRAPH-2A6D7", null],
    ["CJK UNIFIED IDEOGRAPH-2A700", 0x2a700],
    ["CJK UNIFIED IDEOGRAPH-2B734", 0x2b734],
    ["CJK UNIFIED IDEOGRAPH-2B740", 0x2b740],
    ["CJK UNIFIED IDEOGRAPH-2B81D", 0x2b81d],
    ["CJK UNIFIED IDEOGRAPH-2B820", 0x2b820],
    ["CJK UNIFIED IDEOGRAPH-2CEA1", 0x2cea1],
    ["CJK UNIFIED IDEOGRAPH-2CEB0", 0x2ceb0],
    ["CJK UNIFIED IDEOGRAPH-2EBE0", 0x2ebe0],
    ["CJK UNIFIED IDEOGRAPH-2EBEF", 0x2ebef],
    ["CJK UNIFIED IDEOGRAPH-2EBF0", null],
    ["CJK UNIFIED IDEOGRAPH-30000", null],
    ["CJK UNIFIED IDEOGRAPH-04E00", 0x4e00],
    ["CJK UNIFIED IDEOGRAPH-004E00", null],
    ["CJK UNIFIED IDEOGRAPH-4E0", null],
    ["CJK UNIFIED IDEOGRAPH-4e00", null],
    ["cjk unified ideograph-4E00", null],
    ["CJK Unified Ideograph-4E00", null],
    ["CJK UNIFIED IDEOGRAPH-", null],
    ["CJK UNIFIED IDEOGRAPH-4E00 ", null],
    ["CJK COMPATIBILITY IDEOGRAPH-F900", 0xf900],
    ["cjk compatibility ideograph-2fa1d", 0x2fa1d],
    ["CJK COMPATIBILITY IDEOGRAPH-2FA1E", null],
    ["CJK COMPATIBILITY IDEOGRAPH-FA6E", null],
    ["NUSHU CHARACTER-1B170", 0x1b170],
    ["NUSHU CHARACTER-1B2FB", 0x1b2fb],
    ["TANGUT IDEOGRAPH-17000", null],
    ["TANGUT COMPONENT-001", 0x18800],
    ["TANGUT COMPONENT-755", 0x18af2],
    ["SQUARE ERA NAME REIWA", 0x32ff],
    ["WHITE HEART", 0x1f90d],
    ["AXE", 0x1fa93],
    ["YAWNING FACE", 0x1f971],
    ["ELYMAIC LETTER ALEPH", 0x10fe0],
    ["NANDINAGARI LETTER A", 0x119a0],
    ["WANCHO LETTER AA", 0x1e2c0],
    ["NYIAKENG PUACHUE HMONG LETTER MA", 0x1e100],
    ["EGYPTIAN HIEROGLYPH VERTICAL JOINER", 0x13430],
    ["TAMIL FRACTION ONE THREE-HUNDRED-AND-TWENTIETH", 0x11fc0],
    ["OTTOMAN SIYAQ NUMBER ONE", 0x1ed01],
    ["SMALL KANA EXTENSION", null],
    ["HIRAGANA LETTER SMALL WI", 0x1b150],
    ["CIRCLED CROSS FORMEE WITH FOUR DOTS", 0x1f900],
    ["LATIN CAPITAL LETTER D WITH SHORT STROKE OVERLAY", null],
    ["YEZIDI LETTER ELIF", null],
    ["CHORASMIAN LETTER ALEPH", null],
    ["BUBBLE TEA", null],
    ["KHITAN SMALL SCRIPT CHARACTER-18B00", null],
    ["MELTING FACE", null],
    ["SHAKING FACE", null],
    ["LATIN CAPITAL LETTER F WITH STROKE", 0xa798],
    ["TOTO LETTER PA", null],
    ["ARABIC LETTER BEH WITH SMALL ARABIC LETTER MAKSURA BELOW", null],
    ["LATIN SMALL LETTER SLANTED AE", null],
    ["DIVES AKURU LETTER A", null],
    ["latin small letter a", 0x61],
    ["Snowman", 0x2603],
    ["snowman", 0x2603],
    ["SNOWMAN", 0x2603],
    ["SNOWMAN ", null],
    [" SNOWMAN", null],
    ["LATIN  SMALL LETTER A", null],
    ["LATIN_SMALL_LETTER_A", null],
    ["LATIN SMALL LETTER", null],
    ["\u017fnowman", null],
    ["SNOWMAN\u0131", null],
    ["\u0131nfinity", null],
    ["INFINITY", 0x221e],
    ["E", null],
    ["A", null],
    ["SPACE", 0x20],
    ["space", 0x20],
    ["PLUS-MINUS SIGN", 0xb1],
    ["plus-minus sign", 0xb1],
    ["PLUS MINUS SIGN", null],
    ["TIBETAN MARK TSA -PHRU", 0xf39],
    ["TIBETAN MARK TSA-PHRU", null],
    ["HANGUL JUNGSEONG O-E", 0x1180],
    ["NO-BREAK SPACE", 0xa0],
    ["HYPHEN-MINUS", 0x2d],
    ["ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM", 0xfbf9],
    ["PILE OF POO", 0x1f4a9],
    ["GRINNING FACE", 0x1f600],
    ["EGYPTIAN HIEROGLYPH A001", 0x13000],
    ["EGYPTIAN HIEROGLYPH AA032", 0x1342e],
    ["LINEAR B SYLLABLE B008 A", 0x10000],
    ["CUNEIFORM SIGN A", 0x12000],
    ["MUSICAL SYMBOL G CLEF", 0x1d11e],
    ["MATHEMATICAL BOLD CAPITAL A", 0x1d400],
    ["TAG LATIN SMALL LETTER Z", 0xe007a],
    ["VARIATION SELECTOR-256", 0xe01ef],
    ["VARIATION SELECTOR-16", 0xfe0f],
    ["SUPPLEMENTARY PRIVATE USE AREA-A", null],
    ["PRIVATE USE AREA", null],
    ["<control>", null],
    ["DIGIT ZERO", 0x30],
    ["BOX DRAWINGS LIGHT HORIZONTAL", 0x2500],
  ];
  for (const [name, cp] of table) {
    it(`resolves ${JSON.stringify(name)}`, () => {
      expect(lookupUnicodeName(name)).toBe(cp);
    });
  }
});

describe('the whole name table', () => {
  it('decodes to what Python 3.8 holds (count and hash of every name and alias)', () => {
    const names = [...unicodeNameTable()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    expect(names.length).toBe(NAME_TABLE_CHECK.count);
    expect(fnv1a(names.map(([name, cp]) => `${name};${cp}\n`).join(''))).toBe(NAME_TABLE_CHECK.fnv1a);
    for (const [name, cp] of names) {
      if (lookupUnicodeName(name) !== cp || lookupUnicodeName(name.toLowerCase()) !== cp) {
        expect.fail(`${name} does not resolve to ${cp}`);
      }
    }
  });

  it('resolves every Hangul syllable name (hash from Python 3.8 unicodedata.name)', () => {
    const l = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
    const v = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
    const t = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
    let text = '';
    let cp = 0xac00;
    for (const a of l) {
      for (const b of v) {
        for (const c of t) {
          const name = `HANGUL SYLLABLE ${a}${b}${c}`;
          if (lookupUnicodeName(name) !== cp) expect.fail(`${name} does not resolve to ${cp}`);
          text += `${name};${cp}\n`;
          cp++;
        }
      }
    }
    expect(cp).toBe(0xd7a4);
    expect(fnv1a(text)).toBe(0x934f08f7);
  });

  it('names 87890 unified ideographs, as Python 3.8 does', () => {
    let count = 0;
    for (const [lo, hi] of UNIFIED_IDEOGRAPH_RANGES) {
      count += hi - lo + 1;
      for (const cp of [lo, hi]) {
        expect(lookupUnicodeName(`CJK UNIFIED IDEOGRAPH-${cp.toString(16).toUpperCase()}`)).toBe(cp);
      }
      expect(lookupUnicodeName(`CJK UNIFIED IDEOGRAPH-${(hi + 1).toString(16).toUpperCase()}`)).toBeNull();
    }
    expect(count).toBe(87890);
  });
});
