"""Writes fixtures/goldens.json: CPython 3.8's random module outputs for the TypeScript port.

Run with CPython 3.8 (PYENV_VERSION=3.8.18 python3.8 make-goldens.py); the tests only read the
JSON. Ints are written as decimal strings, floats as JSON numbers (repr round-trips exactly).
"""
import hashlib
import json
import os
import random


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return v
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if v is None:
        return None
    raise TypeError(type(v))


def seed_desc(s):
    if isinstance(s, int):
        return {"kind": "int", "value": str(s)}
    if isinstance(s, str):
        return {"kind": "str", "value": s}
    return {"kind": "bytes", "hex": bytes(s).hex()}


def run_ops(r):
    ops = []

    def op(name, *args, result):
        ops.append({"op": name, "args": [enc(a) for a in args], "result": enc(result)})

    for _ in range(5):
        op("random", result=r.random())
    for k in range(1, 201):
        op("getrandbits", k, result=r.getrandbits(k))
    for k in (256, 1000, 4096):
        op("getrandbits", k, result=r.getrandbits(k))
    for args in [(10,), (1,), (-5, 50), (0, 100, 7), (100, 0, -3), (10 ** 30,), (-10 ** 20, 10 ** 25, 12345),
                 (2 ** 32,), (2 ** 32 + 1,), (2 ** 53 - 1,), (7, 8), (0, 2 ** 100, 2 ** 40), (1, None, 0)]:
        op("randrange", *args, result=r.randrange(*args))
    for _ in range(10):
        op("randint", 1, 6, result=r.randint(1, 6))
    op("randint", -10 ** 20, 10 ** 20, result=r.randint(-10 ** 20, 10 ** 20))
    x = list(range(20))
    r.shuffle(x)
    op("shuffle", 20, result=x)
    x = list(range(1))
    r.shuffle(x)
    op("shuffle", 1, result=x)
    for n, k in [(10, 5), (100, 10), (30, 30), (1000, 60), (25, 3), (21, 4), (22, 4), (200, 100), (5, 0), (10 ** 6, 7)]:
        op("sample", n, k, result=r.sample(range(n), k))
    for n in (1, 2, 3, 10, 1000, 2 ** 31 + 3):
        op("choice", n, result=r.choice(range(n)))
    for _ in range(5):
        op("gauss", 0.0, 1.0, result=r.gauss(0.0, 1.0))
    op("gauss", 10.0, 2.5, result=r.gauss(10.0, 2.5))
    for a, b in [(0.0, 1.0), (-3.5, 2.25), (1e10, 1e-10)]:
        op("uniform", a, b, result=r.uniform(a, b))
    for args in [(0.0, 1.0, None), (1.0, 3.0, 2.5), (2.0, 2.0, 2.0), (-1.0, 5.0, -1.0)]:
        op("triangular", *args, result=r.triangular(*args))
    for _ in range(3):
        op("normalvariate", 1.0, 3.0, result=r.normalvariate(1.0, 3.0))
    op("lognormvariate", 0.5, 0.25, result=r.lognormvariate(0.5, 0.25))
    for lambd in (1.0, 0.5, -2.0):
        op("expovariate", lambd, result=r.expovariate(lambd))
    for a, b in [(0.5, 1.0), (1.0, 2.0), (2.5, 0.5), (9.0, 1.0), (0.1, 3.0)]:
        op("gammavariate", a, b, result=r.gammavariate(a, b))
    for a, b in [(2.0, 3.0), (0.5, 0.5)]:
        op("betavariate", a, b, result=r.betavariate(a, b))
    op("paretovariate", 3.0, result=r.paretovariate(3.0))
    op("weibullvariate", 2.0, 1.5, result=r.weibullvariate(2.0, 1.5))
    op("gauss", 0.0, 1.0, result=r.gauss(0.0, 1.0))  # leaves gauss_next set
    st = r.getstate()
    op("getstate", result=[st[0], st[1][:4], st[1][-1], st[2]])
    op("random", result=r.random())
    return ops


SEEDS = [0, 1, 42, 2 ** 64 + 5, -7, 2 ** 32, 2 ** 32 - 1, 2 ** 200 + 12345, -(3 ** 100), 123456789,
         "hello", "", "ünïcode ☃ 😀", b"bytes", b"", bytearray(b"\x00\xff")]


def main():
    cases = []
    for s in SEEDS:
        desc = seed_desc(s)  # before seeding: seed() extends a bytearray in place
        r = random.Random()
        r.seed(s)
        st = r.getstate()[1]
        cases.append({"seed": desc, "stateHead": list(st[:6]), "stateTail": list(st[-3:]),
                      "ops": run_ops(r)})

    v1 = []
    for s in ["hello", "", "abc", b"xyz", b""]:
        r = random.Random()
        r.seed(s, version=1)
        st = r.getstate()[1]
        v1.append({"seed": seed_desc(s), "stateHead": list(st[:6]), "random": [r.random() for _ in range(3)]})

    # Many short streams: random() and small getrandbits right after seeding with small ints.
    small = []
    for s in range(0, 50):
        r = random.Random(s)
        small.append({"seed": s, "random": [r.random() for _ in range(3)],
                      "randbelow": [r.randrange(n) for n in (2, 3, 6, 100, 1000)]})

    sha = []
    for msg in [b"", b"abc", b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128, b"a" * 1000,
                "ünïcode ☃ 😀".encode(), bytes(range(256))]:
        sha.append({"hex": msg.hex(), "digest": hashlib.sha512(msg).hexdigest()})

    # Long runs of the float distributions, to catch last-bit differences in log/exp/sin/cos/pow.
    r = random.Random(20240601)
    stress = {"seed": 20240601,
              "gauss": [r.gauss(0.0, 1.0) for _ in range(1000)],
              "expovariate": [r.expovariate(1.5) for _ in range(500)],
              "normalvariate": [r.normalvariate(0.0, 1.0) for _ in range(300)],
              "gamma05": [r.gammavariate(0.5, 1.0) for _ in range(300)],
              "gamma3": [r.gammavariate(3.0, 1.0) for _ in range(300)],
              "lognorm": [r.lognormvariate(0.0, 1.0) for _ in range(300)],
              "pareto": [r.paretovariate(2.5) for _ in range(300)],
              "weibull": [r.weibullvariate(1.0, 0.7) for _ in range(300)]}

    out = {"stress": stress, "cases": cases, "version1": v1, "small": small, "sha512": sha}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "goldens.json")
    with open(path, "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
