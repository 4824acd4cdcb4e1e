"""Writes packages/vm/src/tokenizer/unicode-names.generated.ts: every name that CPython 3.8's
`\\N{...}` escape resolves through its name table (Modules/unicodedata.c `_getcode`, hash path):
the Unicode 12.1 character names and the name aliases, compactly encoded. The algorithmic names
(HANGUL SYLLABLE ..., CJK UNIFIED IDEOGRAPH-XXXX) are computed in unicode-names.ts; this script
only writes the ideograph ranges they accept. Named sequences are left out: `\\N{}` refuses them.

usage: PYENV_VERSION=3.8.18 python3.8 scripts/py38/gen_unicode_names.py
"""
import os
import re
import sys
import unicodedata
from collections import Counter

if sys.version_info[:2] != (3, 8):
    sys.exit("run me with python3.8: the table must be Python 3.8's (Unicode 12.1)")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "packages", "vm", "src", "tokenizer", "unicode-names.generated.ts")

# Digits of the encoding: printable ASCII that needs no escape in a '...' literal.
ALPHABET = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in "'\\")
B = len(ALPHABET)
END, HYPH = 0, 1  # control values in a name: end of name, next separator is '-'
FIRST_WORD = 2
HEX_WORD = "#"  # stands for the name's own code point as %04X (CJK COMPATIBILITY IDEOGRAPH-F900)
GAP = B - 1  # in place of a name's header: a code point jump, then the header
MAX_SHARED = B - 2  # header: how many leading tokens are shared with the previous name


def fnv1a(text):
    h = 0x811C9DC5
    for ch in text.encode("ascii"):
        h ^= ch
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def char_names():
    """(code point, name) for every named character, without the algorithmic names."""
    out, ideographs = [], []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith("CJK UNIFIED IDEOGRAPH-"):
            ideographs.append(cp)
        elif name.startswith("HANGUL SYLLABLE "):
            assert 0xAC00 <= cp <= 0xD7A3
        else:
            out.append((cp, name))
    return out, ideographs


def aliases():
    """(code point, alias) for CPython 3.8's name aliases: the namereplace error handler names
    the private-use code points U+F0000.. that unicodedata.c uses to store them."""
    out, i = [], 0
    while True:
        text = chr(0xF0000 + i).encode("ascii", "namereplace").decode("ascii")
        if not text.startswith("\\N{"):
            break
        alias = text[3:-1]
        target = unicodedata.lookup(alias)
        assert len(target) == 1
        out.append((ord(target), alias))
        i += 1
    return out


def ranges(cps):
    out = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def tokens(cp, name):
    """The words of a name and the separator before each (' ' or '-'; '' for the first)."""
    parts = re.split(r"([ -])", name)
    words, seps = parts[0::2], [""] + parts[1::2]
    return list(zip(seps, words))


def coded(cp, word):
    """The lexicon word for a word of code point cp's name."""
    return HEX_WORD if word == "%04X" % cp else word


def digits(value, width):
    s = ""
    for _ in range(width):
        value, r = divmod(value, B)
        s = ALPHABET[r] + s
    assert value == 0
    return s


def main():
    names, ideographs = char_names()
    alias_list = aliases()
    for cp, alias in alias_list:
        assert eval('"\\N{%s}"' % alias) == chr(cp), alias
    all_names = {}
    for cp, name in names + alias_list:
        assert name not in all_names
        all_names[name] = cp

    toks = [tokens(cp, n) for cp, n in names]
    freq = Counter(coded(cp, w) for (cp, _), t in zip(names, toks) for _, w in t)
    words = sorted(freq, key=lambda w: (-freq[w], w))
    assert all(" " not in w for w in words)
    # word index coding: `one` single-character values, then two-character, then three.
    avail = B - FIRST_WORD
    best = None
    for one in range(1, avail):
        for two in range(0, avail - one):
            three = avail - one - two
            if one + two * B + three * B * B < len(words):
                continue
            cost = sum(freq[w] * (1 if i < one else 2 if i < one + two * B else 3)
                       for i, w in enumerate(words))
            if best is None or cost < best[0]:
                best = (cost, one, two)
    _, one, two = best
    index = {w: i for i, w in enumerate(words)}

    def word_code(w):
        i = index[w]
        if i < one:
            return ALPHABET[FIRST_WORD + i]
        i -= one
        if i < two * B:
            return ALPHABET[FIRST_WORD + one + i // B] + ALPHABET[i % B]
        i -= two * B
        return ALPHABET[FIRST_WORD + one + two + i // (B * B)] + digits(i % (B * B), 2)

    out, prev_cp, prev = [], -1, []
    for (cp, _), t in zip(names, toks):
        if cp != prev_cp + 1:
            out.append(ALPHABET[GAP] + digits(cp - prev_cp, 3))
        shared = 0
        while shared < min(len(t), len(prev), MAX_SHARED) and t[shared] == prev[shared]:
            shared += 1
        if shared == len(t):
            shared -= 1  # never empty: some name is a prefix of the next (A, then A B)
        out.append(ALPHABET[shared])
        for sep, w in t[shared:]:
            if sep == "-":
                out.append(ALPHABET[HYPH])
            out.append(word_code(coded(cp, w)))
        out.append(ALPHABET[END])
        prev_cp, prev = cp, t
    data = "".join(out)
    lexicon = " ".join(words)
    alias_text = ";".join("%x:%s" % (cp, a) for cp, a in alias_list)
    check_text = "".join("%s;%d\n" % (n, all_names[n]) for n in sorted(all_names))

    def chunks(text, width=96):
        return "\n".join("  '%s'," % text[i:i + width] for i in range(0, len(text), width))

    with open(OUT, "w", newline="\n") as fh:
        fh.write("// GENERATED by scripts/py38/gen_unicode_names.py with Python %s (Unicode %s). Do not edit.\n"
                 % (sys.version.split()[0], unicodedata.unidata_version))
        fh.write("/**\n"
                 " * The names CPython 3.8's `\\N{...}` finds in its name table (Modules/unicodedata.c `_getcode`):\n"
                 " * every Unicode 12.1 character name and name alias, compactly encoded, plus the ranges of the\n"
                 " * algorithmic CJK UNIFIED IDEOGRAPH-XXXX names. Decoded by unicode-names.ts.\n"
                 " * @module\n"
                 " */\n\n")
        fh.write("/**\n"
                 " * The digits of the encoding, each standing for its index. @internal\n"
                 " */\n")
        fh.write("export const NAME_DIGITS = '%s';\n\n" % ALPHABET)
        fh.write("/**\n"
                 " * How a name's words are coded: digit values below `first` are controls (0 ends the name, 1\n"
                 " * makes the next separator '-'); the next `one` values are words 0.., the next `two` values\n"
                 " * lead 2-digit word codes, the rest lead 3-digit ones. `gap` starts a code point jump.\n"
                 " * @internal\n"
                 " */\n")
        fh.write("export const NAME_CODING = { first: %d, one: %d, two: %d, gap: %d } as const;\n\n"
                 % (FIRST_WORD, one, two, GAP))
        fh.write("/** The words of the names, most frequent first, joined by spaces; '%s' is the code point\n"
                 " * in hex. @internal */\n" % HEX_WORD)
        fh.write("export const NAME_WORDS: readonly string[] = [\n%s\n];\n\n" % chunks(lexicon))
        fh.write("/**\n"
                 " * The character names by code point. Per name: optionally digit `gap` and a 3-digit jump (else\n"
                 " * the code point is the previous one plus 1); a digit counting the words shared with the\n"
                 " * previous name; its other words; digit 0. @internal\n"
                 " */\n")
        fh.write("export const NAME_DATA: readonly string[] = [\n%s\n];\n\n" % chunks(data))
        fh.write("/** The name aliases, as hex code point ':' alias, joined by ';'. @internal */\n")
        fh.write("export const NAME_ALIASES: readonly string[] = [\n%s\n];\n\n" % chunks(alias_text))
        fh.write("/** The code point ranges, inclusive, named CJK UNIFIED IDEOGRAPH-XXXX. @internal */\n")
        fh.write("export const UNIFIED_IDEOGRAPH_RANGES: readonly (readonly [number, number])[] = [\n%s\n];\n\n"
                 % "\n".join("  [0x%X, 0x%X]," % (a, b) for a, b in ranges(ideographs)))
        fh.write("/**\n"
                 " * What the decoded table must hold: how many names (character names and aliases), and the\n"
                 " * 32-bit FNV-1a hash of 'NAME;code point\\n' for all of them in code-unit order. @internal\n"
                 " */\n")
        fh.write("export const NAME_TABLE_CHECK = { count: %d, fnv1a: 0x%08x } as const;\n"
                 % (len(all_names), fnv1a(check_text)))
    print("names %d aliases %d words %d one %d two %d data %d lexicon %d aliases %d bytes %d"
          % (len(names), len(alias_list), len(words), one, two, len(data), len(lexicon),
             len(alias_text), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
