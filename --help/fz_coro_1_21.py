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
    if got:
        if got:
            async with ACM(89, True):
                tmp = Noisy(62)
                return 74
            try:
                print('coro at', 14, sys.exc_info()[0])
            except ValueError as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            finally:
                print('finally', 19, sys.exc_info()[0])
                print('no sub')
            if got:
                print('coro at', 86, sys.exc_info()[0])
            else:
                print('no sub')
            tmp = Noisy(39)
        else:
            print('no sub')
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    else:
        got = await Tick(86)
        print('awaited', got)
        if got:
            for i in range(2):
                return 90
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = await Tick(42)
                print('awaited', got)
                print('no sub')
            got = await Tick(5)
            print('awaited', got)
        else:
            got = await Tick(47)
            print('awaited', got)
            got = await Tick(43)
            print('awaited', got)
    for i in range(1):
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        async with ACM(69, True):
            got = await Tick(17)
            print('awaited', got)
            for i in range(2):
                print('coro at', 47, sys.exc_info()[0])
                got = await Tick(77)
                print('awaited', got)
                got = await Tick(44)
                print('awaited', got)
                got = await Tick(92)
                print('awaited', got)
        if got:
            tmp = Noisy(76)
            with CM(34, False):
                tmp = Noisy(45)
            async with ACM(86, True):
                print('no sub')
                got = await Tick(52)
                print('awaited', got)
        else:
            if got:
                got = await Tick(36)
                print('awaited', got)
            else:
                got = await Tick(71)
                print('awaited', got)
                print('coro at', 45, sys.exc_info()[0])
                tmp = Noisy(79)
            tmp = Noisy(48)
            try:
                print('coro at', 81, sys.exc_info()[0])
                tmp = Noisy(81)
            except (KeyError, StopIteration) as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('coro at', 91, sys.exc_info()[0])
                print('no sub')
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('no sub')
            finally:
                print('finally', 26, sys.exc_info()[0])
                got = await Tick(70)
                print('awaited', got)
    return 'sub0 done'

async def sub1():
    got = None
    if got:
        got = await Tick(94)
        print('awaited', got)
        tmp = Noisy(19)
    else:
        try:
            got = await Tick(78)
            print('awaited', got)
            try:
                res = await sub0()
                print('sub returned', res)
            finally:
                print('finally', 29, sys.exc_info()[0])
                got = await Tick(24)
                print('awaited', got)
        finally:
            print('finally', 70, sys.exc_info()[0])
            res = await sub0()
            print('sub returned', res)
        got = await Tick(21)
        print('awaited', got)
        tmp = Noisy(22)
        with CM(9, False):
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = await Tick(91)
    print('awaited', got)
    return 'sub1 done'

async def top():
    got = None
    print('coro at', 71, sys.exc_info()[0])
    tmp = Noisy(21)
    got = await Tick(80)
    print('awaited', got)
    print('coro at', 62, sys.exc_info()[0])
    with CM(18, True):
        if got:
            got = await Tick(34)
            print('awaited', got)
            async with ACM(10, True):
                got = await Tick(2)
                print('awaited', got)
        else:
            try:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('coro at', 52, sys.exc_info()[0])
            finally:
                print('finally', 3, sys.exc_info()[0])
                res = await sub1()
                print('sub returned', res)
        try:
            print('coro at', 58, sys.exc_info()[0])
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            res = await sub0()
            print('sub returned', res)
            for i in range(2):
                raise KeyError(64)
                got = await Tick(6)
                print('awaited', got)
                got = await Tick(32)
                print('awaited', got)
        finally:
            print('finally', 93, sys.exc_info()[0])
            raise KeyError(19)
        print('coro at', 96, sys.exc_info()[0])
    return 'top done'

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: o.send(None))
show('next', o.send, None)
print('state', state(o), frame_info(o), type(o.cr_await).__name__, o.cr_running)
print('state', state(o), frame_info(o), type(o.cr_await).__name__, o.cr_running)
show('throw3', o.throw, Boom, Boom('x'), None)
show('throw', o.throw, KeyError(8))
show('send', o.send, 4)
del o
print('collected', gc.collect())
print('end', gc.collect())
