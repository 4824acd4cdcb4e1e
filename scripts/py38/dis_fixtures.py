"""Writes packages/vm/test/bytecode/fixtures/*.json: CPython 3.8's code objects (as code_json.py
encodes them) for a few conformance cases, so that CI can compare disassembleCode with their
committed .dis goldens without python3.8.

usage: PYTHONHASHSEED=0 PYENV_VERSION=3.8.18 python3.8 scripts/py38/dis_fixtures.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_json import encode_code  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
CASES = os.path.join(ROOT, "conformance", "cases")
OUT = os.path.join(ROOT, "packages", "vm", "test", "bytecode", "fixtures")

# The three seeds, then cases chosen for what their listings exercise: FORMAT_VALUE and bytes
# (lang/strings), frozenset constants (memory/set_free_order), MAKE_FUNCTION flags
# (compile/definitions) and most expression forms (compile/expressions).
FIXTURES = ["gen/seed_fib.py", "coro/seed_cor.py", "asyncgen/seed_async_fib.py", "lang/strings.py",
            "memory/set_free_order.py", "compile/definitions.py", "compile/expressions.py"]


def main():
    if sys.version_info[:2] != (3, 8) or os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("run me with python3.8 and PYTHONHASHSEED=0")
    os.makedirs(OUT, exist_ok=True)
    os.chdir(CASES)  # so co_filename reads AREA/NAME.py, as in the goldens
    for case in FIXTURES:
        with open(case, "rb") as fh:
            code = compile(fh.read(), case, "exec")
        name = case[:-3].replace("/", "__") + ".json"
        with open(os.path.join(OUT, name), "w", newline="\n") as fh:
            json.dump({"file": case, "code": encode_code(code)}, fh, separators=(",", ":"))
            fh.write("\n")


if __name__ == "__main__":
    main()
