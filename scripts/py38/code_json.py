"""Prints the module code object of each file, recursively, as JSON in the shape of
packages/vm/src/bytecode/code-object.ts.

usage: PYTHONHASHSEED=0 python3.8 code_json.py FILE.py...
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from constant_json import encode_constant  # noqa: E402


def encode_code(co):
    return {
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "nlocals": co.co_nlocals,
        "stacksize": co.co_stacksize,
        "flags": co.co_flags,
        "code": co.co_code.hex(),
        "consts": [encode_constant(c, encode_code) for c in co.co_consts],
        "names": list(co.co_names),
        "varnames": list(co.co_varnames),
        "freevars": list(co.co_freevars),
        "cellvars": list(co.co_cellvars),
        "filename": co.co_filename,
        "name": co.co_name,
        "firstlineno": co.co_firstlineno,
        "lnotab": co.co_lnotab.hex(),
    }


def main(files):
    for path in files:
        with open(path, "rb") as fh:
            source = fh.read()
        try:
            doc = {"file": path, "code": encode_code(compile(source, path, "exec"))}
        except SyntaxError as e:
            doc = {"file": path, "error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset, "text": e.text}}
        print(json.dumps(doc))


if __name__ == "__main__":
    main(sys.argv[1:])
