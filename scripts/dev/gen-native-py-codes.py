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
names of the module or builtins) are left out: those functions keep no __code__.
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
    for part in qualname.split('.'):
        if part == '<locals>':
            return None
        ns = vars(obj)
        if part not in ns:
            return None
        obj = ns[part]
        if isinstance(obj, (staticmethod, classmethod)):
            obj = obj.__func__
    return obj if type(obj) is types.FunctionType and obj.__module__ == module_name else None


def is_literal(v):
    return isinstance(v, LITERALS) or v is ... or (type(v) is tuple and all(is_literal(x) for x in v))


def default_text(v, module):
    # A module's constant keeps its identity (functools.WRAPPER_ASSIGNMENTS), then literals.
    for ns in (vars(module), vars(builtins)):
        if not isinstance(v, LITERALS):
            for name, value in ns.items():
                if value is v and not name.startswith('__'):
                    return name
    if is_literal(v):
        return '...' if v is ... else repr(v)
    return None


def plain_const(c):
    if type(c) is tuple:
        return all(plain_const(x) for x in c)
    return c is None or type(c) is str or (type(c) is int and abs(c) < 2**53)


def spec(f, name):
    co = f.__code__
    module = sys.modules[f.__module__]
    names = list(co.co_varnames)
    nargs = co.co_argcount + co.co_kwonlyargcount
    defaults = f.__defaults__ or ()
    kwdefaults = f.__kwdefaults__ or {}
    params = []
    first_default = co.co_argcount - len(defaults)
    for i in range(co.co_argcount):
        text = names[i]
        if i >= first_default:
            d = default_text(defaults[i - first_default], module)
            if d is None:
                return None
            text += '=' + d
        params.append(text)
        if co.co_posonlyargcount and i == co.co_posonlyargcount - 1:
            params.append('/')
    at = nargs
    if co.co_flags & 4:
        params.append('*' + names[at])
        at += 1
    elif co.co_kwonlyargcount:
        params.append('*')
    for i in range(co.co_argcount, nargs):
        text = names[i]
        if names[i] in kwdefaults:
            d = default_text(kwdefaults[names[i]], module)
            if d is None:
                return None
            text += '=' + d
        params.insert(len(params) if not co.co_flags & 4 else len(params), text)
    if co.co_flags & 8:
        params.append('**' + names[at])
        at += 1
    parts = [f"params: {ts_str('(' + ', '.join(params) + ')')}"]
    lib = os.path.dirname(os.__file__) + '/'
    if co.co_filename != module.__file__ and co.co_filename.startswith(lib):
        parts.append(f'file: {ts_str(co.co_filename[len(lib):])}')
    if co.co_name != name:
        parts.append(f'name: {ts_str(co.co_name)}')
    for field, values in (('locals', names[at:]), ('cells', co.co_cellvars), ('frees', co.co_freevars)):
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
    return '{ ' + ', '.join(parts) + ' }'


def ts_str(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


def main():
    with open(sys.argv[1]) as fh:
        keys = sorted({line.strip() for line in fh if ':' in line})
    rows = []
    for key in keys:
        f = resolve(key)
        s = None if f is None else spec(f, key.split(':')[1].split('.')[-1])
        if s is None:
            print('left out:', key, file=sys.stderr)
            continue
        rows.append(f"  ['{key.replace(':', '.')}', {s}],")
    with open(OUT, 'w') as fh:
        fh.write('/**\n * GENERATED by scripts/dev/gen-native-py-codes.py from CPython 3.8: do not edit. The code\n'
                 ' * objects of the Python functions corosim writes natively, by `MODULE.QUALNAME`.\n * @module\n */\n'
                 "import type { NativeCodeSpec } from './native-py-code.ts';\n\n"
                 '/** The code of each Python function of CPython 3.8 that a native function stands for. */\n'
                 'export const NATIVE_PY_CODES: ReadonlyMap<string, NativeCodeSpec> = new Map([\n')
        fh.write('\n'.join(rows) + '\n]);\n')
    print(len(rows), 'functions', file=sys.stderr)


main()
