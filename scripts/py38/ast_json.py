"""Prints the AST of each file as JSON in the shape of packages/vm/src/parser/ast.ts.

usage: PYTHONHASHSEED=0 python3.8 ast_json.py FILE.py...
"""
import ast
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from constant_json import encode_constant  # noqa: E402

SIMPLE = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def encode(node):
    if isinstance(node, SIMPLE):
        return type(node).__name__
    if isinstance(node, ast.AST):
        out = {"_type": type(node).__name__}
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(node, ast.Constant) and field == "value":
                out[field] = encode_constant(value, None)
            else:
                out[field] = encode(value)
        for attr in node._attributes:
            out[attr] = getattr(node, attr, None)
        return out
    if isinstance(node, list):
        return [encode(item) for item in node]
    return node


def main(files):
    for path in files:
        with open(path, "rb") as fh:
            source = fh.read()
        try:
            tree = ast.parse(source, path)
            doc = {"file": path, "ast": encode(tree)}
        except SyntaxError as e:
            doc = {"file": path, "error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset, "text": e.text}}
        print(json.dumps(doc))


if __name__ == "__main__":
    main(sys.argv[1:])
