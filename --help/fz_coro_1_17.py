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

async def top():
    got = None
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    try:
        print('coro at', 45, sys.exc_info()[0])
        for i in range(3):
            got = await Tick(17)
            print('awaited', got)
            try:
                print('no sub')
            finally:
                print('finally', 31, sys.exc_info()[0])
                got = await Tick(63)
                print('awaited', got)
            got = await Tick(35)
            print('awaited', got)
    finally:
        print('finally', 60, sys.exc_info()[0])
    for i in range(2):
        got = await Tick(2)
        print('awaited', got)
        got = await Tick(72)
        print('awaited', got)
        try:
            print('coro at', 14, sys.exc_info()[0])
            if got:
                got = await Tick(68)
                print('awaited', got)
                print('coro at', 22, sys.exc_info()[0])
                got = await Tick(9)
                print('awaited', got)
                print('coro at', 32, sys.exc_info()[0])
            else:
                raise GeneratorExit(90)
        finally:
            print('finally', 33, sys.exc_info()[0])
        async with ACM(15, True):
            try:
                tmp = Noisy(78)
                got = await Tick(27)
                print('awaited', got)
            except (KeyError, StopIteration) as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = await Tick(51)
                print('awaited', got)
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                raise
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    return 'top done'

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: o.send(None))
show('next', o.send, None)
show('close', o.close)
show('send', o.send, 3)
print('size', sys.getsizeof(o), sys.getsizeof(o.gi_frame if hasattr(o, 'gi_frame') else o.cr_frame))
old_id = id(o)
del o
o = top()
print('same address', id(o) == old_id)
show('next', o.send, None)
show('throw', o.throw, ValueError(3))
print('rc', sys.getrefcount(o))
o.throw(Boom(1))
print('final', state(o), frame_info(o))
del o
print('collected', gc.collect())
print('end', gc.collect())
