"""Prints MODULE:QUALNAME of each function corosim writes natively that is a Python function in
CPython (a `function` that is not types.FunctionType), for scripts/dev/gen-native-py-codes.py."""
import collections, contextlib, heapq, functools, random, weakref, warnings, inspect, types, abc, operator, dis, collections.abc, asyncio, contextvars, itertools, gc, sys, time, math, opcode
FT = types.FunctionType
seen = set()
out = set()
def visit(v, depth):
    if id(v) in seen or (isinstance(v, types.ModuleType) and depth > 0): return
    seen.add(id(v))
    if isinstance(v, (staticmethod, classmethod)): v = v.__func__
    if isinstance(v, property):
        for a in (v.fget, v.fset, v.fdel):
            if a is not None: visit(a, depth)
        return
    if type(v).__name__ == 'function' and type(v) is not FT:
        out.add(v.__module__ + ':' + v.__qualname__)
    elif isinstance(v, type) and depth < 3:
        for k, w in list(vars(v).items()):
            visit(w, depth + 1)
    elif isinstance(v, types.ModuleType) and depth == 0:
        # By getattr, so the classes a module makes on first use (collections.UserDict) are seen.
        for k in dir(v):
            visit(getattr(v, k, None), depth + 1)
    elif depth == 1:
        # A module's instance (builtins.exit): its class's functions.
        visit(type(v), depth + 1)
for n, m in list(sys.modules.items()):
    if n == '__main__': continue
    visit(m, 0)
# Functions CPython defines inside another, which corosim's natives find their code by (renamed:
# objects/native-py-function.ts newRenamedNativePyFunction; or modules/abc-function.ts
# newClassFunction): their defaults must be none.
for name in ('_make', '__repr__', '_asdict', '_replace', '__getnewargs__'):
    out.add('collections:namedtuple.<locals>.' + name)
out.add('functools:singledispatch.<locals>.wrapper')
for x in sorted(out): print(x)
