"""Dev-only: makes the parser test fixtures from CPython 3.8 (tests never run python3.8).

usage (from the repo root):
  PYTHONHASHSEED=0 PYENV_VERSION=3.8.18 python3.8 scripts/dev/make-parser-fixtures.py

Reads packages/vm/test/parser/fixtures/{ast,error}-snippets.json ({name: source}) and writes
ast-cases.json ({name: {source, ast}} or {source, error} as ast.parse reports it),
corpus-asts.json (the ASTs of a few conformance programs) and error-cases.json ({name: {source, stderr}}: what `python3.8 case.py` prints).
"""
import ast
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'py38'))
from ast_json import encode  # noqa: E402

FIX = os.path.join('packages', 'vm', 'test', 'parser', 'fixtures')
CASES = os.path.join('conformance', 'cases')
# Conformance programs whose whole AST is kept as a fixture (paths relative to CASES).
CORPUS = ('asyncgen/seed_async_fib.py coro/seed_cor.py gen/seed_fib.py compile/definitions.py '
          'compile/async_forms.py compile/statements.py compile/expressions.py compile/calls_unpacking.py '
          'compile/comprehension_scopes.py compile/decorators_lambdas.py').split()


def main():
    snippets = json.load(open(os.path.join(FIX, 'ast-snippets.json')))
    out = {}
    for name, source in snippets.items():
        try:
            out[name] = {'source': source, 'ast': encode(ast.parse(source.encode('utf-8')))}
        except SyntaxError as e:
            out[name] = {'source': source, 'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.text]}
    with open(os.path.join(FIX, 'ast-cases.json'), 'w') as fh:
        json.dump(out, fh, separators=(',', ':'), sort_keys=True)
    corpus = {}
    for rel in CORPUS:
        with open(os.path.join(CASES, rel), 'rb') as fh:
            corpus[rel] = encode(ast.parse(fh.read(), rel))
    with open(os.path.join(FIX, 'corpus-asts.json'), 'w') as fh:
        json.dump(corpus, fh, separators=(',', ':'), sort_keys=True)
    snippets = json.load(open(os.path.join(FIX, 'error-snippets.json')))
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in snippets.items():
            path = os.path.join(tmp, 'case.py')
            with open(path, 'w', encoding='utf-8', newline='') as fh:
                fh.write(source)
            r = subprocess.run([sys.executable, 'case.py'], cwd=tmp, capture_output=True, timeout=10)
            out[name] = {'source': source, 'stderr': r.stderr.decode('utf-8')}
    with open(os.path.join(FIX, 'error-cases.json'), 'w') as fh:
        json.dump(out, fh, indent=1, sort_keys=True, ensure_ascii=False)


if __name__ == '__main__':
    main()
