"""Writes the repr, hash and set-order fixtures of packages/vm/test/{repr,hash}/fixtures/ from
CPython 3.8 itself: repr() and hash() of a table of constants, and the iteration order of
frozensets built from item lists.

usage: PYTHONHASHSEED=0 PYENV_VERSION=3.8.18 python3.8 scripts/py38/repr_hash_fixtures.py
"""
import json
import math
import os
import random
import re
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_json import encode_code  # noqa: E402
from constant_json import encode_constant  # noqa: E402

if sys.version_info[:2] != (3, 8) or os.environ.get("PYTHONHASHSEED") != "0":
    sys.exit("run me with python3.8 and PYTHONHASHSEED=0")

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RNG = random.Random(20260101)


def enc(value):
    return encode_constant(value, encode_code)


def strs():
    out = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x01\x1f\x7f",
           "caf\xe9", "\x85\xa0\xad\xff", "\u0100\u2028\u200b\ufeff\uffff", "\ud800", "a\udfffb", "\U0001f600",
           "\U000e0001\U0010ffff", "\u0378\u0530", "mixed 'q' \u20ac \U0001f40d \x1b", "'", '"', "'\"", "\\'"]
    # A stride through every plane, 24 code points a string, for the printable table. Surrogates
    # are left out: corosim's str constants are JS strings, where a lone high surrogate followed
    # by a lone low one reads as a single astral code point.
    cps = [c for c in list(range(0, 0x110000, 331)) + list(range(0x80, 0x2000, 7)) if not 0xd800 <= c < 0xe000]
    for i in range(0, len(cps), 24):
        out.append("".join(chr(c) for c in cps[i:i + 24]))
    out += ["".join(chr(RNG.randrange(0x20, 0x7f)) for _ in range(RNG.randrange(1, 40))) for _ in range(40)]
    return out


def floats():
    out = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1e17, 123456789012345680.0,
           9007199254740993.0, 1e21, 1e22, 1e100, 1e-4, 1e-5, 1.5e-5, 0.00012345, 5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 0.5, 2.0 ** 61, 2.0 ** 62, -2.0 ** 61,
           2.0 ** -30, 3.14159, 1e300 * 10, 4.35, 299792458.0, 6.02214076e23, -1e-7]
    for _ in range(120):
        bits = RNG.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if not math.isnan(x):
            out.append(x)
    for _ in range(80):
        out.append(RNG.uniform(-1, 1) * 10.0 ** RNG.randrange(-30, 30))
    for _ in range(40):
        out.append(float(RNG.randrange(-10 ** 6, 10 ** 6)) / RNG.choice([1, 2, 4, 8, 10, 100]))
    return out


def constants():
    ints = [0, 1, -1, -2, 2, 255, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61 - 1), -(2 ** 61), 2 ** 63 - 1,
            -(2 ** 63), 2 ** 64, 2 ** 100 + 7, -(2 ** 100), 10 ** 50, -(10 ** 40) - 3]
    ints += [RNG.getrandbits(RNG.randrange(1, 200)) * RNG.choice([1, -1]) for _ in range(40)]
    complexes = [1j, -1j, 0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1 + 2j, 1.5 - 2.25j,
                 complex(1, -0.0), complex(float("inf"), float("nan")), complex(float("nan"), float("-inf")),
                 complex(1e16, 1e-5), complex(0, 1e16), complex(2, 0), complex(-1, 1), complex(0.1, 0.2)]
    bytes_ = [b"", b"'", b'"', b"'\"", b"\\", b"abc\x00\xff\t\n\r", bytes(range(256)), b"handsome"]
    tuples = [(), (1,), (1, "a"), ((1,),), ("a", (2.5, None)), (None, True, False, ...), (1, 1.0, True),
              (b"x", 1j, -0.0), tuple(range(20))]
    frozensets = [frozenset(), frozenset({1, 2, 3}), frozenset({"a", "b", "c", "handsome"}), frozenset({1, "a", 2.5, b"z"}),
                  frozenset({(1, 2), "x"}), frozenset({frozenset({1}), 2}), frozenset(range(40))]
    module = compile("def f(x, *, y=1):\n    return x + y, 'q'\n", "x.py", "exec")
    code = next(c for c in module.co_consts if hasattr(c, "co_code"))
    # A lambda's constants need not hold None, so its hash does not depend on an address.
    lam = next(c for c in compile("lambda x: (x + 1, 'q')", "<l>", "eval").co_consts if hasattr(c, "co_code"))
    return ([None, ..., True, False] + ints + floats() + complexes + strs() + bytes_ + tuples + frozensets + [code, lam])


def holds_singleton(c):
    """Whether hash(c) depends on the addresses of None or Ellipsis, which move from run to run."""
    if c is None or c is Ellipsis:
        return True
    if isinstance(c, (tuple, frozenset)):
        return any(holds_singleton(x) for x in c)
    if hasattr(c, "co_consts"):
        return holds_singleton(c.co_consts)
    return False


def repr_and_hash():
    reprs, hashes = [], []
    for c in constants():
        r = re.sub(r"0x[0-9a-fA-F]+", "0x?", repr(c))
        reprs.append({"constant": enc(c), "repr": r})
        if c is None or c is Ellipsis:
            # Hashed by address: only the bits under a small table's mask are stable.
            hashes.append({"constant": enc(c), "hashLow8": hash(c) & 0xff})
        elif holds_singleton(c):
            continue
        else:
            hashes.append({"constant": enc(c), "hash": str(hash(c))})
    return reprs, hashes


def set_orders():
    cases = []

    def add(items):
        items = list(items)
        cases.append({"items": [enc(x) for x in items], "order": [enc(x) for x in frozenset(items)]})

    add([])
    add([3, 1, 2])
    add([1, 1.0, True, 2, 2.0, (1+0j)])
    add([True, 1, 0, False, 0.0])
    add([-1, -2, 0, 1, 2])
    for n in (5, 6, 7, 20, 50, 130):
        xs = list(range(n))
        RNG.shuffle(xs)
        add(xs)
    add([8 * k for k in range(30)])
    add([32 * k for k in range(12)])
    add([(2 ** 61 - 1) * k + 3 for k in range(10)])
    add([2 ** 64 + k for k in range(10)] + [-(2 ** 70) - k for k in range(10)])
    for n in (3, 5, 8, 14, 40, 90):
        names = ["".join(RNG.choice("abcdefghijklmnopqrstuvwxyz_") for _ in range(RNG.randrange(1, 12))) for _ in range(n)]
        add(names)
        add(list(reversed(names)))
    add(["break", "False", "else", "continue", "pass", "None", "True"])
    add(["a", b"a", 1, 1.5, 2j, (1, "a"), ("a", 1), frozenset({1, 2}), -0.0, 0])
    add([0.5 * k for k in range(25)])
    add(["\xe9", "\u20ac", "\U0001f600", "e", "\ud800"])
    return cases


def compiled_orders():
    """frozenset constants as the compiler leaves them in co_consts, from `x in {...}`."""
    cases = []
    literal_sets = [
        ["'a'", "'b'", "'c'"],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
        [repr(8 * k) for k in range(20)],
        [repr(k) for k in (17, 1, 9, 25, 33, 41, 49, 57, 65)],
        ["'break'", "'False'", "'else'", "'continue'", "'pass'", "'None'", "'True'"],
    ]
    for _ in range(10):
        n = RNG.randrange(3, 30)
        literal_sets.append([repr(RNG.randrange(0, 256)) for _ in range(n)])
    for elts in literal_sets:
        co = compile("x in {%s}" % ", ".join(elts), "c.py", "exec")
        fs = next(c for c in co.co_consts if isinstance(c, frozenset))
        items = [eval(e) for e in elts]
        cases.append({"items": [enc(x) for x in items], "order": [enc(x) for x in fs]})
    return cases


def write(path, doc):
    path = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="\n") as fh:
        json.dump(doc, fh, indent=None, separators=(",", ":"))
        fh.write("\n")


def main():
    reprs, hashes = repr_and_hash()
    write("packages/vm/test/repr/fixtures/reprs.json", reprs)
    write("packages/vm/test/hash/fixtures/hashes.json", hashes)
    write("packages/vm/test/hash/fixtures/set-order.json", {"frozenset": set_orders(), "compiled": compiled_orders()})


if __name__ == "__main__":
    main()
