"""Writes packages/vm/src/objects/builtin-docs.generated.ts: the internal docs (`ml_doc`, `tp_doc`)
of CPython 3.8's C-implemented functions, methods and types that corosim has: a text signature
line (`len($module, obj, /)` then `--`) when the C function declares one, then the docstring.
`__doc__` and `__text_signature__` of corosim's built-ins split them as CPython does, and
`inspect.signature` reads the signature.

Keys: `module.function` for module functions (the module as `__module__` names it: `_heapq`,
`_operator`), `Type.method` for the methods of a built-in type
(as the type names itself), `Type.attribute` for the docs of its computed attributes and members
(`getset_descriptor`, `member_descriptor`), `Type` for a type's own doc.

usage: PYENV_VERSION=3.8.18 python3.8 scripts/py38/gen_builtin_docs.py
"""
import _abc
import _asyncio
import _collections
import _contextvars
import _random
import _warnings
import atexit
import builtins
import collections
import functools
import gc
import heapq
import itertools
import math
import operator
import os
import sys
import time
import types
import weakref

from doc_record import write_doc_record
if sys.version_info[:2] != (3, 8):
    sys.exit("run me with python3.8: the docs must be Python 3.8's")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "packages", "vm", "src", "objects", "builtin-docs.generated.ts")

# Modules whose C functions corosim has (the Python-level parts of these modules have no ml_doc).
MODULES = [builtins, math, itertools, operator, gc, sys, time, functools, heapq, weakref, _asyncio, _warnings,
           atexit, _abc, _collections, _contextvars, _random]

CALLABLE_TYPES = (types.BuiltinFunctionType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
DATA_DESCRIPTOR_TYPES = (types.GetSetDescriptorType, types.MemberDescriptorType)


def internal_doc(name, obj):
    """The C doc as CPython stores it: `name(sig)\\n--\\n\\n` and the doc, or the doc alone."""
    doc = obj.__doc__
    sig = getattr(obj, "__text_signature__", None)
    if doc is None and sig is None:
        return None
    if sig is None:
        return doc
    return f"{name}{sig}\n--\n\n{doc or ''}"


def types_of(module):
    for name in dir(module):
        obj = getattr(module, name)
        if isinstance(obj, type) and obj.__module__ in ("builtins", module.__name__, "_" + module.__name__, "_collections", "_functools", "_weakref", "itertools"):
            yield obj


def main():
    out = {}
    seen_types = set()
    all_types = []
    for module in MODULES:
        modname = module.__name__
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, types.BuiltinFunctionType) and isinstance(getattr(obj, "__self__", None), types.ModuleType):
                doc = internal_doc(name, obj)
                if doc is not None:
                    out[f"{obj.__module__ or modname}.{name}"] = doc
        for t in types_of(module):
            if t not in seen_types:
                seen_types.add(t)
                all_types.append(t)
    for t in (collections.deque, collections.defaultdict, collections.OrderedDict, types.GeneratorType,
              types.CoroutineType, types.AsyncGeneratorType, types.FrameType, types.CodeType,
              types.FunctionType, types.MethodType, types.ModuleType, types.MappingProxyType,
              types.SimpleNamespace, type({}.keys()), type({}.values()), type({}.items()),
              type(iter([])), type(iter(())), type(iter(range(1))), type(iter('')), type(iter({})),
              type(reversed([])), types.BuiltinFunctionType, types.CellType, types.TracebackType,
              type(iter({}.values())), type(iter({}.items())), type(iter(set())), type(iter(int, 1)),
              type(iter(b'')), type(iter(bytearray())), type(reversed({})), type(reversed({}.values())),
              type(reversed({}.items())), type(iter(range(2**70)))):
        if t not in seen_types:
            seen_types.add(t)
            all_types.append(t)
    for t in all_types:
        tname = t.__name__
        # `type_get_doc` and `type_get_text_signature` read tp_doc whatever the type's own dict has.
        tdoc = type.__dict__["__doc__"].__get__(t)
        sig = type.__dict__["__text_signature__"].__get__(t)
        if isinstance(tdoc, str):
            out[tname] = f"{tname}{sig}\n--\n\n{tdoc}" if sig else tdoc
        for name, attr in t.__dict__.items():
            if isinstance(attr, CALLABLE_TYPES) or isinstance(attr, staticmethod) and isinstance(attr.__func__, types.BuiltinFunctionType):
                target = attr.__func__ if isinstance(attr, staticmethod) else attr
                doc = internal_doc(name, target)
                if doc is not None:
                    out[f"{tname}.{name}"] = doc
            elif isinstance(attr, DATA_DESCRIPTOR_TYPES) and attr.__doc__ is not None:
                out[f"{tname}.{name}"] = attr.__doc__
    write_doc_record(OUT, "gen_builtin_docs.py", "The internal docs of CPython 3.8's C functions, methods and types (see the script).", "BUILTIN_DOCS", out)


main()
