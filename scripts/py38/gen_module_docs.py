"""Writes packages/vm/src/modules/module-docs.generated.ts: the `__doc__` of each module corosim
implements natively (the C modules' `m_doc`, the Python modules' docstrings; null where the module
has none, as `collections.abc`), so a native module shows CPython 3.8's docstring.

time and random are left out: their docs say how corosim's virtual clock and seeding differ.

usage: PYENV_VERSION=3.8.18 python3.8 scripts/py38/gen_module_docs.py
"""
import importlib
import os
import sys

from doc_record import write_doc_record

if sys.version_info[:2] != (3, 8):
    sys.exit("run me with python3.8: the docs must be Python 3.8's")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "packages", "vm", "src", "modules", "module-docs.generated.ts")

MODULES = ["__future__", "_asyncio", "_collections", "_contextvars", "_heapq", "_random", "_string", "abc",
           "asyncio", "atexit", "builtins", "collections", "collections.abc", "contextlib", "contextvars", "dis",
           "functools", "gc", "heapq", "inspect", "itertools", "math", "opcode", "operator", "sys", "types",
           "warnings", "weakref"]
ASYNCIO_SUBMODULES = ["base_events", "base_futures", "constants", "coroutines", "events", "exceptions", "log",
                      "format_helpers", "futures", "locks", "protocols", "queues", "runners", "selector_events", "tasks",
                      "unix_events"]


def main():
    docs = {}
    for name in MODULES + [f"asyncio.{sub}" for sub in ASYNCIO_SUBMODULES]:
        docs[name] = importlib.import_module(name).__doc__
    write_doc_record(OUT, "gen_module_docs.py",
                     "The `__doc__` of the modules corosim writes natively, by module name (null: none).",
                     "MODULE_DOCS", docs, value_type="string | null")


main()
