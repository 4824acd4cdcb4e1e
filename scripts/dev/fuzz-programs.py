#!/usr/bin/env python3
"""Random programs about generators, coroutines, async generators and asyncio, for differential
runs against CPython 3.8 (compare-runs.py). Each program composes random bodies (yield, yield
from, await, try/except/finally, with, loops, return, raise) with a random driver (next, send,
throw, close, asend, athrow, aclose, tasks, cancel, gather, wait_for, shield, gc) and prints what
it sees: values, exceptions, states, f_lasti. A developer tool: it never runs in CI.

    python3 scripts/dev/fuzz-programs.py OUTDIR [--count N] [--seed S] [--kind gen|coro|agen|loop|all]

Then: python3 scripts/dev/compare-runs.py OUTDIR
"""
import os
import random
import sys

PRELUDE = '''import asyncio, gc, inspect, sys, types, weakref


def show(tag, f, *args):
    try:
        r = f(*args)
        print(tag, '->', repr(r))
        return r
    except BaseException as e:
        print(tag, '!!', type(e).__name__, e.args if not isinstance(e, StopIteration) else ('value', e.value),
              type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__)


class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return self.swallow


class ACM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    async def __aenter__(self):
        print('aenter', self.name)
        await Tick(self.name)
        return self

    async def __aexit__(self, t, v, tb):
        print('aexit', self.name, t.__name__ if t else None)
        await Tick(self.name)
        return self.swallow


class Tick:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ('tick', self.v)
        print('tick got', repr(got))
        return got


class Boom(Exception):
    pass


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del Noisy', self.name, sys.exc_info()[0])


def state(o):
    for fn in (inspect.getgeneratorstate, inspect.getcoroutinestate):
        try:
            return fn(o)
        except (AttributeError, TypeError):
            pass
    return 'agen running=%r' % (o.ag_running,)


def frame_info(o):
    f = getattr(o, 'gi_frame', None) or getattr(o, 'cr_frame', None) or getattr(o, 'ag_frame', None)
    return None if f is None else (f.f_lasti, f.f_lineno)

'''


class Body:
    """Random statements for one function body."""

    def __init__(self, rng, kind, subs):
        self.rng = rng
        self.kind = kind  # 'gen', 'coro', 'agen'
        self.subs = subs  # callable names this body may delegate to
        self.counter = 0

    def value(self):
        self.counter += 1
        return str(self.rng.randint(0, 99))

    def stmts(self, depth, indent, n=None):
        n = n if n is not None else self.rng.randint(1, 4)
        out = []
        for _ in range(n):
            out.extend(self.stmt(depth, indent))
        return out

    def stmt(self, depth, indent):
        r = self.rng
        pad = '    ' * indent
        choices = ['print', 'suspend', 'suspend', 'suspend', 'delegate', 'noisy', 'probe']
        if depth < 3:
            choices += ['try', 'try', 'with', 'loop', 'if']
        choices += ['raise', 'return'] if r.random() < 0.25 else []
        c = r.choice(choices)
        if c == 'noisy':
            return [f"{pad}tmp = Noisy({self.value()})"]
        if c == 'probe':
            if self.kind == 'gen' and r.random() < 0.5:
                return [f"{pad}show('reenter', lambda: next(o))"]
            return [f"{pad}print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)"]
        if c == 'print':
            return [f"{pad}print('{self.kind} at', {self.value()}, sys.exc_info()[0])"]
        if c == 'suspend':
            if self.kind == 'coro':
                return [f"{pad}got = await Tick({self.value()})", f"{pad}print('awaited', got)"]
            return [f"{pad}got = yield {self.value()}", f"{pad}print('got', repr(got))"]
        if c == 'delegate':
            if not self.subs:
                return [f"{pad}print('no sub')"]
            sub = r.choice(self.subs)
            if self.kind == 'gen':
                return [f"{pad}res = yield from {sub}()", f"{pad}print('sub returned', res)"]
            if self.kind == 'coro':
                return [f"{pad}res = await {sub}()", f"{pad}print('sub returned', res)"]
            return [f"{pad}async for item in {sub}():", f"{pad}    print('item', item)"] if r.random() < 0.5 else [f"{pad}await Tick({self.value()})"]
        if c == 'raise':
            exc = r.choice(['Boom', 'ValueError', 'KeyError', 'StopIteration', 'GeneratorExit'])
            return [f"{pad}raise {exc}({self.value()})"]
        if c == 'return':
            if self.kind == 'agen':
                return [f"{pad}return"]
            return [f"{pad}return {self.value()}"]
        if c == 'try':
            lines = [f"{pad}try:"] + self.stmts(depth + 1, indent + 1)
            kinds = r.sample(['Boom', 'ValueError', 'GeneratorExit', 'Exception', 'BaseException', '(KeyError, StopIteration)'], r.randint(0, 2))
            for k in kinds:
                lines += [f"{pad}except {k} as e:", f"{pad}    print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)"]
                lines += self.stmts(depth + 1, indent + 1, r.randint(0, 2))
                if r.random() < 0.3:
                    lines.append(f"{pad}    raise")
            if not kinds or r.random() < 0.5:
                lines += [f"{pad}finally:", f"{pad}    print('finally', {self.value()}, sys.exc_info()[0])"]
                lines += self.stmts(depth + 1, indent + 1, r.randint(0, 1))
            return lines
        if c == 'with':
            swallow = r.choice(['True', 'False'])
            if self.kind != 'gen' and r.random() < 0.5:
                return [f"{pad}async with ACM({self.value()}, {swallow}):"] + self.stmts(depth + 1, indent + 1)
            return [f"{pad}with CM({self.value()}, {swallow}):"] + self.stmts(depth + 1, indent + 1)
        if c == 'loop':
            return [f"{pad}for i in range({r.randint(1, 3)}):"] + self.stmts(depth + 1, indent + 1)
        return [f"{pad}if got:"] + self.stmts(depth + 1, indent + 1) + [f"{pad}else:"] + self.stmts(depth + 1, indent + 1)


def function(rng, kind, name, subs):
    body = Body(rng, kind, subs)
    head = {'gen': 'def', 'coro': 'async def', 'agen': 'async def'}[kind]
    lines = [f"{head} {name}():", "    got = None"] + body.stmts(0, 1, rng.randint(2, 5))
    if kind == 'agen' and not any('yield' in l for l in lines):
        lines.append("    yield 'last'")
    if kind == 'gen' and not any('yield' in l for l in lines):
        lines.append("    yield 'last'")
    if kind == 'coro':
        lines.append(f"    return '{name} done'")
    return lines


def sync_driver(rng, obj, kind):
    """Drives a generator or a coroutine by hand."""
    lines = [f"o = {obj}()", "print('state', state(o), frame_info(o))"]
    if rng.random() < 0.3:
        lines.append("wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))")
    first = 'o.send(None)' if kind == 'coro' else 'next(o)'
    lines.append(f"show('start', lambda: {first})")
    for _ in range(rng.randint(2, 8)):
        op = rng.choice(['send', 'send', 'next', 'throw', 'throw_cls', 'close', 'state', 'del', 'rc', 'raw', 'memory'])
        if op == 'send':
            lines.append(f"show('send', o.send, {rng.randint(0, 9)})")
        elif op == 'next':
            lines.append("show('next', o.send, None)")
        elif op == 'throw':
            exc = rng.choice(['Boom', 'ValueError', 'GeneratorExit', 'StopIteration', 'KeyError'])
            lines.append(f"show('throw', o.throw, {exc}({rng.randint(0, 9)}))")
        elif op == 'throw_cls':
            lines.append("show('throw3', o.throw, Boom, Boom('x'), None)")
        elif op == 'close':
            lines.append("show('close', o.close)")
        elif op == 'rc':
            lines.append("print('rc', sys.getrefcount(o))")
        elif op == 'memory':
            lines += ["print('size', sys.getsizeof(o), sys.getsizeof(o.gi_frame if hasattr(o, 'gi_frame') else o.cr_frame))",
                      "old_id = id(o)", "del o", f"o = {obj}()", "print('same address', id(o) == old_id)"]
        elif op == 'raw':
            lines.append(f"o.throw(Boom({rng.randint(0, 9)}))")
        elif op == 'state':
            yf = 'gi_yieldfrom' if kind == 'gen' else 'cr_await'
            lines.append(f"print('state', state(o), frame_info(o), type(o.{yf}).__name__, o.{'gi' if kind == 'gen' else 'cr'}_running)")
        else:
            lines.append("del o")
            lines.append("print('collected', gc.collect())")
            return lines
    lines.append("print('final', state(o), frame_info(o))")
    if rng.random() < 0.5:
        lines += ["del o", "print('collected', gc.collect())"]
    return lines


def agen_driver(rng, obj):
    """Drives an async generator inside a coroutine, stepped by hand or by asyncio."""
    lines = []
    if rng.random() < 0.5:
        lines += ["sys.set_asyncgen_hooks(firstiter=lambda ag: print('firstiter', ag.__qualname__),",
                  "                      finalizer=lambda ag: print('finalizer', ag.__qualname__, ag.ag_frame is not None))"]
    lines += ["async def drive():", f"    a = {obj}()"]
    for _ in range(rng.randint(2, 6)):
        op = rng.choice(['anext', 'asend', 'athrow', 'aclose', 'for', 'state', 'abandon'])
        if op == 'anext':
            lines += ["    try:", "        print('anext ->', repr(await a.__anext__()))", "    except BaseException as e:", "        print('anext !!', type(e).__name__, e.args)"]
        elif op == 'asend':
            lines += ["    try:", f"        print('asend ->', repr(await a.asend({rng.randint(0, 9)})))", "    except BaseException as e:", "        print('asend !!', type(e).__name__, e.args)"]
        elif op == 'athrow':
            exc = rng.choice(['Boom', 'ValueError', 'GeneratorExit', 'StopAsyncIteration'])
            lines += ["    try:", f"        print('athrow ->', repr(await a.athrow({exc}({rng.randint(0, 9)}))))", "    except BaseException as e:", "        print('athrow !!', type(e).__name__, e.args)"]
        elif op == 'aclose':
            lines += ["    try:", "        print('aclose ->', repr(await a.aclose()))", "    except BaseException as e:", "        print('aclose !!', type(e).__name__, e.args)"]
        elif op == 'for':
            lines += ["    try:", "        async for v in a:", "            print('for', repr(v))", "    except BaseException as e:", "        print('for !!', type(e).__name__, e.args)"]
        elif op == 'abandon':
            lines += ["    del a", "    print('collected', gc.collect())", f"    a = {obj}()"]
        else:
            lines += ["    print('ag state', a.ag_running, frame_info(a), type(a.ag_await).__name__)"]
    lines.append("    return 'drive done'")
    if rng.random() < 0.5:
        lines += ["d = drive()", "for step in range(40):", "    try:", "        print('step', d.send(None))",
                  "    except StopIteration as e:", "        print('drive returned', e.value)", "        break",
                  "    except BaseException as e:", "        print('drive !!', type(e).__name__, e.args)", "        break"]
    else:
        lines += ["async def sleepy_main():", "    print(await asyncio.wait_for(drive(), 100))", "try:",
                  "    asyncio.run(sleepy_main())", "except BaseException as e:",
              # The harness's deadlock message is shorter than corosim's, which names the tasks.
              "    print('run !!', type(e).__name__, 'deadlock' if 'deadlock' in str(e) else e.args)"]
    return lines


def loop_program(rng):
    """asyncio tasks with sleeps, cancellation, gather, wait_for, shield, queues and events."""
    n = rng.randint(2, 5)
    lines = ["LOCK = None", "async def failing(k):", "    await asyncio.sleep(0.25)", "    raise Boom(k)",
             "async def ticker(k):", "    try:", "        for i in range(3):", "            await asyncio.sleep(0.5)", "            yield (k, i)",
             "    finally:", "        print('ticker finally', k)"]
    for k in range(n):
        lines += [f"async def w{k}(q, ev):", "    try:"]
        for _ in range(rng.randint(1, 4)):
            op = rng.choice(['sleep', 'sleep', 'put', 'get', 'wait', 'set', 'raise', 'sleep0', 'shield', 'lock', 'callback', 'orphan', 'unawaited', 'agen'])
            if op == 'sleep':
                lines.append(f"        await asyncio.sleep({rng.choice(['0', '0.5', '1', '2', '3.25'])})")
            elif op == 'sleep0':
                lines.append("        await asyncio.sleep(0)")
            elif op == 'put':
                lines.append(f"        await q.put({k})")
            elif op == 'get':
                lines.append("        print('got item', await asyncio.wait_for(q.get(), 1.5))")
            elif op == 'wait':
                lines.append("        print('event', await asyncio.wait_for(ev.wait(), 2))")
            elif op == 'set':
                lines.append("        ev.set()")
            elif op == 'lock':
                lines += ["        async with LOCK:", f"            print('locked', {k}, LOCK.locked())", f"            await asyncio.sleep({rng.choice(['0', '1'])})"]
            elif op == 'callback':
                lines.append(f"        h = asyncio.get_running_loop().call_later({rng.choice(['0', '0.5', '2'])}, print, 'callback', {k})")
                if rng.random() < 0.3:
                    lines.append("        h.cancel()")
            elif op == 'orphan':
                lines.append(f"        asyncio.ensure_future(failing({k}))")
            elif op == 'unawaited':
                lines.append(f"        failing({k})")
            elif op == 'agen':
                lines += [f"        async for v in ticker({k}):", "            print('ticker', v)", "            break" if rng.random() < 0.5 else "            pass"]
            elif op == 'shield':
                lines.append("        print('shielded', await asyncio.shield(asyncio.sleep(1, 's')))")
            else:
                lines.append(f"        raise Boom({k})")
            lines.append(f"        print('w{k}', asyncio.get_running_loop().time(), asyncio.current_task().get_name())")
        lines += ["    except asyncio.CancelledError:", f"        print('w{k} cancelled', asyncio.get_running_loop().time())",
                  "        raise" if rng.random() < 0.7 else f"        return 'w{k} swallowed'",
                  "    finally:", f"        print('w{k} finally')", f"    return {k}"]
    lines += ["async def main():", "    global LOCK", "    LOCK = asyncio.Lock()", "    q = asyncio.Queue(maxsize=%d)" % rng.randint(0, 2), "    ev = asyncio.Event()",
              f"    tasks = [asyncio.create_task(w{k}(q, ev)) for k in range({n})]"]
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(['sleep', 'cancel', 'gather', 'wait', 'waitfor', 'state', 'as_completed', 'done_cb'])
        if op == 'sleep':
            lines.append(f"    await asyncio.sleep({rng.choice(['0', '0.75', '1.5'])})")
        elif op == 'cancel':
            lines.append(f"    print('cancel', tasks[{rng.randrange(n)}].cancel())")
        elif op == 'gather':
            lines.append(f"    print('gather', await asyncio.gather(*tasks, return_exceptions={rng.choice(['True', 'False'])}))")
        elif op == 'wait':
            lines.append(f"    done, pending = await asyncio.wait(tasks, timeout={rng.choice(['0.5', '1', 'None'])}, return_when=asyncio.{rng.choice(['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'])})")
            lines.append("    print('wait', sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))")
        elif op == 'as_completed':
            lines += ["    try:", "        for f in asyncio.as_completed(tasks, timeout=2):", "            print('as_completed', await f)",
                      "    except BaseException as e:", "        print('as_completed !!', type(e).__name__)"]
        elif op == 'done_cb':
            lines.append(f"    tasks[{rng.randrange(n)}].add_done_callback(lambda t: print('done cb', t.get_name(), t.cancelled()))")
        elif op == 'waitfor':
            lines.append(f"    print('wait_for', await asyncio.wait_for(tasks[{rng.randrange(n)}], {rng.choice(['0.5', '5'])}))")
        else:
            lines.append("    print('states', [(t.get_name(), t.done(), t.cancelled()) for t in tasks])")
    lines += ["    for t in tasks:", "        if t.done() and not t.cancelled():", "            print(t.get_name(), 'exc', repr(t.exception()))",
              "    print('pending', len(asyncio.all_tasks()))", "",
              # An exception out of asyncio.run leaves CPython's Python-level loop internals in a
              # cycle with its traceback (gc.collect() counts them): only a clean run counts.
              "try:", "    asyncio.run(main())", "    print('end', gc.collect())", "except BaseException as e:",
              # The harness's deadlock message is shorter than corosim's, which names the tasks.
              "    print('run !!', type(e).__name__, 'deadlock' if 'deadlock' in str(e) else e.args)"]
    return lines


def program(rng, kind):
    lines = PRELUDE.splitlines()
    if kind == 'loop':
        return '\n'.join(lines + loop_program(rng)) + '\n'
    subs = []
    for k in range(rng.randint(0, 2)):
        name = f"sub{k}"
        lines += function(rng, kind, name, list(subs)) + [""]
        subs.append(name)
    lines += function(rng, kind, 'top', subs) + [""]
    if kind == 'agen':
        lines += agen_driver(rng, 'top')
    else:
        lines += sync_driver(rng, 'top', kind)
    lines.append("print('end', gc.collect())")
    return '\n'.join(lines) + '\n'


def main(argv):
    out, count, seed, kind = None, 50, 1, 'all'
    it = iter(argv)
    for a in it:
        if a == '--count':
            count = int(next(it))
        elif a == '--seed':
            seed = int(next(it))
        elif a == '--kind':
            kind = next(it)
        elif a in ('-h', '--help') or a.startswith('-'):
            print(__doc__)
            return 0 if a in ('-h', '--help') else 2
        else:
            out = a
    if out is None:
        print(__doc__)
        return 2
    os.makedirs(out, exist_ok=True)
    kinds = ['gen', 'coro', 'agen', 'loop'] if kind == 'all' else [kind]
    for i in range(count):
        rng = random.Random(seed * 100003 + i)
        k = kinds[i % len(kinds)]
        with open(os.path.join(out, f"fz_{k}_{seed}_{i}.py"), 'w') as fh:
            fh.write(program(rng, k))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
