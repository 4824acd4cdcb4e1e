"""Writes packages/vm/src/objects/library-docs.generated.ts: the docstrings of the classes that
CPython 3.8 writes in Python in the library modules corosim implements natively (asyncio,
collections, contextlib, functools, inspect, random, ...). corosim's native stand-ins for them
show these as `__doc__`, as CPython's class bodies set it. (The functions' docstrings come with
their code: scripts/dev/gen-native-py-codes.py.)

Keys: `module.qualname` as the class names itself (`asyncio.locks.Lock`, `random.Random`).

usage: PYENV_VERSION=3.8.18 python3.8 scripts/py38/gen_library_docs.py
"""
import importlib
import os
import sys

from doc_record import write_doc_record
if sys.version_info[:2] != (3, 8):
    sys.exit("run me with python3.8: the docs must be Python 3.8's")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "packages", "vm", "src", "objects", "library-docs.generated.ts")

# The modules corosim writes natively whose Python-level parts have docstrings.
MODULES = ["abc", "asyncio", "collections", "collections.abc", "contextlib", "dis", "functools",
           "heapq", "inspect", "random", "types", "warnings", "weakref"]
# What corosim has no part of: asyncio's I/O (streams, transports, subprocesses, TLS, child
# watchers, servers).
SKIPPED_MODULES = ("asyncio.streams", "asyncio.transports", "asyncio.subprocess", "asyncio.base_subprocess",
                   "asyncio.sslproto", "asyncio.trsock")
SKIPPED_WORDS = ("Transport", "Watcher", "Stream", "Server")


def skipped(key):
    return key.startswith(SKIPPED_MODULES) or any(word in key for word in SKIPPED_WORDS)


def main():
    out = {}

    def note(obj, doc):
        if isinstance(doc, str) and not skipped(f"{obj.__module__}.{obj.__qualname__}"):
            out[f"{obj.__module__}.{obj.__qualname__}"] = doc

    for name in MODULES:
        module = importlib.import_module(name)
        for attr in vars(module).values():
            if isinstance(attr, type) and attr.__module__.split(".")[0] in (name.split(".")[0], "_" + name.split(".")[0]):
                # A class body's docstring (a C type's tp_doc with its text signature is
                # gen_builtin_docs.py's). What namedtuple() made (`Name(a, b)`), corosim's makes too.
                made = issubclass(attr, tuple) and attr.__doc__ == f"{attr.__name__}({', '.join(getattr(attr, '_fields', ()))})"
                if made:
                    continue
                if attr.__flags__ & (1 << 9):  # Py_TPFLAGS_HEAPTYPE
                    note(attr, attr.__dict__.get("__doc__"))
    write_doc_record(OUT, "gen_library_docs.py", "The docstrings of CPython 3.8's Python-written library classes, by `module.qualname`.", "LIBRARY_DOCS", out)


main()
