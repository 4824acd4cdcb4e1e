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
    got = await Tick(87)
    print('awaited', got)
    print('coro at', 53, sys.exc_info()[0])
    got = await Tick(90)
    print('awaited', got)
    return 'sub0 done'

async def sub1():
    got = None
    got = await Tick(96)
    print('awaited', got)
    print('coro at', 75, sys.exc_info()[0])
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = await Tick(28)
    print('awaited', got)
    tmp = Noisy(90)
    return 'sub1 done'

async def top():
    got = None
    if got:
        got = await Tick(38)
        print('awaited', got)
        try:
            got = await Tick(47)
            print('awaited', got)
            res = await sub0()
            print('sub returned', res)
            try:
                print('coro at', 62, sys.exc_info()[0])
                got = await Tick(0)
                print('awaited', got)
                got = await Tick(19)
                print('awaited', got)
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = await Tick(34)
                print('awaited', got)
                raise
            except ValueError as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = await Tick(5)
                print('awaited', got)
            finally:
                print('finally', 55, sys.exc_info()[0])
        finally:
            print('finally', 81, sys.exc_info()[0])
            res = await sub0()
            print('sub returned', res)
        print('coro at', 47, sys.exc_info()[0])
    else:
        got = await Tick(1)
        print('awaited', got)
        got = await Tick(10)
        print('awaited', got)
        tmp = Noisy(70)
        got = await Tick(85)
        print('awaited', got)
    got = await Tick(59)
    print('awaited', got)
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    res = await sub0()
    print('sub returned', res)
    return 'top done'

o = top()
print('state', state(o), frame_info(o))
show('start', lambda: o.send(None))
print('rc', sys.getrefcount(o))
show('send', o.send, 5)
del o
print('collected', gc.collect())
print('end', gc.collect())
