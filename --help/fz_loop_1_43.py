import asyncio, gc, inspect, sys, types, weakref


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

LOCK = None
async def failing(k):
    await asyncio.sleep(0.25)
    raise Boom(k)
async def ticker(k):
    try:
        for i in range(3):
            await asyncio.sleep(0.5)
            yield (k, i)
    finally:
        print('ticker finally', k)
async def w0(q, ev):
    try:
        await asyncio.sleep(0.5)
        print('w0', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
        await asyncio.sleep(0)
        print('w0', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
    except asyncio.CancelledError:
        print('w0 cancelled', asyncio.get_running_loop().time())
        return 'w0 swallowed'
    finally:
        print('w0 finally')
    return 0
async def w1(q, ev):
    try:
        await asyncio.sleep(1)
        print('w1', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
        print('shielded', await asyncio.shield(asyncio.sleep(1, 's')))
        print('w1', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
        await asyncio.sleep(0.5)
        print('w1', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
    except asyncio.CancelledError:
        print('w1 cancelled', asyncio.get_running_loop().time())
        raise
    finally:
        print('w1 finally')
    return 1
async def w2(q, ev):
    try:
        await asyncio.sleep(0.5)
        print('w2', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
        await asyncio.sleep(1)
        print('w2', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
        async with LOCK:
            print('locked', 2, LOCK.locked())
            await asyncio.sleep(0)
        print('w2', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
        print('shielded', await asyncio.shield(asyncio.sleep(1, 's')))
        print('w2', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
    except asyncio.CancelledError:
        print('w2 cancelled', asyncio.get_running_loop().time())
        return 'w2 swallowed'
    finally:
        print('w2 finally')
    return 2
async def w3(q, ev):
    try:
        print('shielded', await asyncio.shield(asyncio.sleep(1, 's')))
        print('w3', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
        failing(3)
        print('w3', asyncio.get_running_loop().time(), asyncio.current_task().get_name())
    except asyncio.CancelledError:
        print('w3 cancelled', asyncio.get_running_loop().time())
        raise
    finally:
        print('w3 finally')
    return 3
async def main():
    global LOCK
    LOCK = asyncio.Lock()
    q = asyncio.Queue(maxsize=2)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(w3(q, ev)) for k in range(4)]
    print('gather', await asyncio.gather(*tasks, return_exceptions=True))
    await asyncio.sleep(0)
    for t in tasks:
        if t.done() and not t.cancelled():
            print(t.get_name(), 'exc', repr(t.exception()))
    print('pending', len(asyncio.all_tasks()))

try:
    asyncio.run(main())
    print('end', gc.collect())
except BaseException as e:
    print('run !!', type(e).__name__, 'deadlock' if 'deadlock' in str(e) else e.args)
