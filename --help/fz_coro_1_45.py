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

async def sub0():
    got = None
    tmp = Noisy(67)
    with CM(2, True):
        try:
            if got:
                tmp = Noisy(83)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('coro at', 67, sys.exc_info()[0])
                tmp = Noisy(74)
            else:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            try:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('no sub')
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = await Tick(5)
                print('awaited', got)
            finally:
                print('finally', 17, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            async with ACM(93, True):
                print('coro at', 41, sys.exc_info()[0])
        finally:
            print('finally', 94, sys.exc_info()[0])
        for i in range(1):
            async with ACM(77, False):
                got = await Tick(21)
                print('awaited', got)
                got = await Tick(81)
                print('awaited', got)
        print('coro at', 25, sys.exc_info()[0])
    return 'sub0 done'

async def top():
    got = None
    with CM(16, True):
        got = await Tick(91)
        print('awaited', got)
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    print('coro at', 60, sys.exc_info()[0])
    tmp = Noisy(72)
    return 'top done'

o = top()
print('state', state(o), frame_info(o))
show('start', lambda: o.send(None))
show('close', o.close)
o.throw(Boom(4))
print('rc', sys.getrefcount(o))
show('throw3', o.throw, Boom, Boom('x'), None)
show('throw', o.throw, KeyError(1))
show('close', o.close)
print('final', state(o), frame_info(o))
print('end', gc.collect())
