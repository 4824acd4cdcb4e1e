#!/usr/bin/env python3
"""Writes packages/vm/src/objects/native-py-codes.generated.ts: for each function corosim writes
natively where CPython 3.8 writes it in Python, the parameters and names of CPython's code object
(co_varnames, co_cellvars, co_freevars, co_names, the docstring, co_flags, co_firstlineno, the
defaults), from which corosim makes __code__, __defaults__, __kwdefaults__ and __doc__ and checks a
call's arguments.

The functions are named MODULE:QUALNAME, one a line, as scripts/dev/native-py-functions.py prints
them when corosim runs it:

    node packages/cli/dist/bin.js run scripts/dev/native-py-functions.py > /tmp/names.txt
    PYENV_VERSION=3.8.18 python3.8 scripts/dev/gen-native-py-codes.py /tmp/names.txt

Names CPython does not define as a Python function (or whose defaults are neither literals nor
names of the module or builtins) are left out: those functions keep no __code__ (the second, only
their docstrings, in NATIVE_PY_DOCS). The parameters
are data (counts, co_varnames, the defaults as constants or names), so the runtime parses nothing.
"""
import builtins
import importlib
import json
import os
import sys
import types

assert sys.version_info[:2] == (3, 8), 'run it with CPython 3.8'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'packages', 'vm', 'src', 'objects', 'native-py-codes.generated.ts')
LITERALS = (type(None), bool, int, float, str)


def resolve(key):
    module_name, qualname = key.split(':')
    obj = importlib.import_module(module_name)
    parts = qualname.split('.')
    for i, part in enumerate(parts):
        if part == '<locals>':
            return nested_code(obj, parts[i + 1:])
        ns = vars(obj)
        if part not in ns:
            return None
        obj = ns[part]
        if isinstance(obj, (staticmethod, classmethod)):
            obj = obj.__func__
    return obj if type(obj) is types.FunctionType and obj.__module__ == module_name else None



class Nested:
    """A function CPython defines inside another: its code, found among the outer code's
    constants; its defaults are made when the outer function runs, so it must have none."""
    def __init__(self, code, module_name):
        self.__code__ = code
        self.__module__ = module_name
        self.__defaults__ = self.__kwdefaults__ = None


def nested_code(outer, names):
    if type(outer) is not types.FunctionType or len(names) != 1:
        return None
    found = [c for c in outer.__code__.co_consts if type(c) is types.CodeType and c.co_name == names[0]]
    return Nested(found[0], outer.__module__) if len(found) == 1 else None


def default_data(v, module):
    """A default as the data NativeDefault spells in TypeScript, or None when it has no spelling."""
    # A module's constant keeps its identity (functools.WRAPPER_ASSIGNMENTS), then literals.
    if type(v) not in LITERALS:
        for ns in (vars(module), vars(builtins)):
            for name, value in ns.items():
                if value is v and not name.startswith('__'):
                    return '{ name: ' + ts_str(name) + ' }'
    if v is None:
        return 'null'
    if type(v) is bool:
        return 'true' if v else 'false'
    if isinstance(v, int):
        # An int enum (socket.AF_UNSPEC) of a module corosim does not have stands as its value.
        v = int(v)
        return str(v) if -2**53 < v < 2**53 else '{ int: ' + ts_str(str(v)) + ' }'
    if type(v) is float:
        return '{ float: ' + repr(v) + ' }'
    if type(v) is str:
        return ts_str(v)
    if type(v) is tuple:
        items = [default_data(x, module) for x in v]
        return None if None in items else '{ tuple: [' + ', '.join(items) + '] }'
    return None


def plain_const(c):
    if type(c) is tuple:
        return all(plain_const(x) for x in c)
    return c is None or type(c) is str or (type(c) is int and abs(c) < 2**53)


def spec(f, name):
    co = f.__code__
    module = sys.modules[f.__module__]
    parts = [f'argcount: {co.co_argcount}']
    if co.co_posonlyargcount:
        parts.append(f'posonly: {co.co_posonlyargcount}')
    if co.co_kwonlyargcount:
        parts.append(f'kwonly: {co.co_kwonlyargcount}')
    parts.append(f"varnames: {ts_str(' '.join(co.co_varnames))}")
    if f.__defaults__:
        items = [default_data(v, module) for v in f.__defaults__]
        if None in items:
            return None
        parts.append('defaults: [' + ', '.join(items) + ']')
    if f.__kwdefaults__:
        items = [(k, default_data(v, module)) for k, v in f.__kwdefaults__.items()]
        if any(d is None for _, d in items):
            return None
        parts.append('kwdefaults: { ' + ', '.join(f'{k}: {d}' for k, d in items) + ' }')
    lib = os.path.dirname(os.__file__) + '/'
    if co.co_filename != module.__file__ and co.co_filename.startswith(lib):
        parts.append(f'file: {ts_str(co.co_filename[len(lib):])}')
    if co.co_name != name:
        parts.append(f'name: {ts_str(co.co_name)}')
    for field, values in (('cells', co.co_cellvars), ('frees', co.co_freevars)):
        if values:
            parts.append(f"{field}: {ts_str(' '.join(values))}")
    if co.co_names:
        parts.append(f"names: {ts_str(' '.join(co.co_names))}")
    # The docstring is co_consts[0] (None there when the function has none).
    # co_consts whole when each is None, a str, a (not too large) int or a tuple of those (a JSON
    # array), the docstring first; else only the docstring.
    if all(plain_const(c) for c in co.co_consts):
        parts.append(f'consts: {json.dumps(list(co.co_consts))}')
    elif co.co_consts and isinstance(co.co_consts[0], str):
        parts.append(f'doc: {json.dumps(co.co_consts[0])}')
    parts.append(f'flags: {co.co_flags}')
    parts.append(f'stacksize: {co.co_stacksize}')
    parts.append(f'line: {co.co_firstlineno}')
    # A text signature the library sets on the function (`callback.__text_signature__ = ...`).
    textsig = vars(f).get('__text_signature__')
    if isinstance(textsig, str):
        parts.append(f'textSignature: {ts_str(textsig)}')
    return '{ ' + ', '.join(parts) + ' }'


def ts_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


def main():
    with open(sys.argv[1]) as fh:
        keys = sorted({line.strip() for line in fh if ':' in line})
    rows = []
    docs = []
    for key in keys:
        f = resolve(key)
        s = None if f is None else spec(f, key.split(':')[1].split('.')[-1])
        if s is None:
            print('left out:', key, file=sys.stderr)
            # A function left out for its defaults still has its docstring.
            if f is not None and isinstance(f.__doc__, str):
                docs.append(f"  ['{key.replace(':', '.')}', {json.dumps(f.__doc__)}],")
            continue
        rows.append(f"  ['{key.replace(':', '.')}', {s}],")
    with open(OUT, 'w') as fh:
        fh.write('/**\n * GENERATED by scripts/dev/gen-native-py-codes.py from CPython 3.8: do not edit. The code\n'
                 ' * objects of the Python functions corosim writes natively, by `MODULE.QUALNAME`.\n * @module\n */\n'
                 "import type { NativeCodeSpec } from './native-py-code.ts';\n\n"
                 '/** The code of each Python function of CPython 3.8 that a native function stands for. */\n'
                 'export const NATIVE_PY_CODES: ReadonlyMap<string, NativeCodeSpec> = new Map([\n')
        fh.write('\n'.join(rows) + '\n]);\n')
        fh.write('\n/** The docstrings of the functions left out of NATIVE_PY_CODES (defaults it cannot spell). */\n'
                 'export const NATIVE_PY_DOCS: ReadonlyMap<string, string> = new Map([\n')
        fh.write('\n'.join(docs) + '\n]);\n')
    print(len(rows), 'functions', file=sys.stderr)


main()
