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
    tmp = Noisy(97)
    return 39
    got = await Tick(32)
    print('awaited', got)
    try:
        try:
            got = await Tick(49)
            print('awaited', got)
        except BaseException as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            tmp = Noisy(79)
            got = await Tick(16)
            print('awaited', got)
        finally:
            print('finally', 39, sys.exc_info()[0])
    finally:
        print('finally', 75, sys.exc_info()[0])
        try:
            with CM(70, False):
                got = await Tick(59)
                print('awaited', got)
            for i in range(3):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            got = await Tick(45)
            print('awaited', got)
            print('no sub')
        except BaseException as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            tmp = Noisy(43)
        except Exception as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            if got:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            else:
                tmp = Noisy(30)
                print('no sub')
    return 'top done'

o = top()
print('state', state(o), frame_info(o))
show('start', lambda: o.send(None))
show('next', o.send, None)
show('close', o.close)
show('next', o.send, None)
o.throw(Boom(2))
print('state', state(o), frame_info(o), type(o.cr_await).__name__, o.cr_running)
del o
print('collected', gc.collect())
print('end', gc.collect())
