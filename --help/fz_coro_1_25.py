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
    try:
        if got:
            with CM(79, True):
                got = await Tick(66)
                print('awaited', got)
        else:
            with CM(50, False):
                print('coro at', 78, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = await Tick(81)
                print('awaited', got)
        print('coro at', 41, sys.exc_info()[0])
        for i in range(1):
            async with ACM(50, False):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('coro at', 96, sys.exc_info()[0])
                got = await Tick(25)
                print('awaited', got)
            print('coro at', 87, sys.exc_info()[0])
    except Boom as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        tmp = Noisy(76)
    except ValueError as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        print('coro at', 87, sys.exc_info()[0])
    got = await Tick(98)
    print('awaited', got)
    if got:
        for i in range(3):
            try:
                got = await Tick(88)
                print('awaited', got)
                return 57
                got = await Tick(23)
                print('awaited', got)
            except ValueError as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = await Tick(39)
                print('awaited', got)
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            finally:
                print('finally', 51, sys.exc_info()[0])
                got = await Tick(65)
                print('awaited', got)
            print('no sub')
        got = await Tick(31)
        print('awaited', got)
        got = await Tick(14)
        print('awaited', got)
        got = await Tick(45)
        print('awaited', got)
    else:
        got = await Tick(24)
        print('awaited', got)
        tmp = Noisy(49)
        got = await Tick(28)
        print('awaited', got)
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = await Tick(79)
    print('awaited', got)
    with CM(95, True):
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        try:
            got = await Tick(69)
            print('awaited', got)
        finally:
            print('finally', 59, sys.exc_info()[0])
    return 'sub0 done'

async def top():
    got = None
    got = await Tick(96)
    print('awaited', got)
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    print('coro at', 21, sys.exc_info()[0])
    return 'top done'

o = top()
print('state', state(o), frame_info(o))
show('start', lambda: o.send(None))
print('size', sys.getsizeof(o), sys.getsizeof(o.gi_frame if hasattr(o, 'gi_frame') else o.cr_frame))
old_id = id(o)
del o
o = top()
print('same address', id(o) == old_id)
show('throw', o.throw, ValueError(3))
o.throw(Boom(3))
print('size', sys.getsizeof(o), sys.getsizeof(o.gi_frame if hasattr(o, 'gi_frame') else o.cr_frame))
old_id = id(o)
del o
o = top()
print('same address', id(o) == old_id)
print('final', state(o), frame_info(o))
print('end', gc.collect())
