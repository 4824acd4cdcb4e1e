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
            for i in range(2):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = await Tick(28)
                print('awaited', got)
                print('coro at', 97, sys.exc_info()[0])
            got = await Tick(9)
            print('awaited', got)
            print('coro at', 13, sys.exc_info()[0])
        else:
            if got:
                print('no sub')
                print('no sub')
                print('coro at', 7, sys.exc_info()[0])
            else:
                got = await Tick(11)
                print('awaited', got)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            with CM(68, False):
                got = await Tick(85)
                print('awaited', got)
                print('coro at', 32, sys.exc_info()[0])
            got = await Tick(29)
            print('awaited', got)
            return 68
    except Exception as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
    except GeneratorExit as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        print('no sub')
    finally:
        print('finally', 66, sys.exc_info()[0])
        with CM(66, False):
            for i in range(1):
                tmp = Noisy(48)
                tmp = Noisy(59)
            got = await Tick(41)
            print('awaited', got)
            got = await Tick(6)
            print('awaited', got)
    return 10
    return 'sub0 done'

async def sub1():
    got = None
    got = await Tick(39)
    print('awaited', got)
    for i in range(1):
        try:
            for i in range(1):
                tmp = Noisy(51)
                tmp = Noisy(75)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('coro at', 27, sys.exc_info()[0])
            try:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            except (KeyError, StopIteration) as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('coro at', 17, sys.exc_info()[0])
            tmp = Noisy(28)
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            try:
                got = await Tick(36)
                print('awaited', got)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            finally:
                print('finally', 7, sys.exc_info()[0])
                res = await sub0()
                print('sub returned', res)
        except Boom as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            try:
                tmp = Noisy(65)
                got = await Tick(69)
                print('awaited', got)
                print('coro at', 0, sys.exc_info()[0])
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            except ValueError as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = await Tick(76)
                print('awaited', got)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            finally:
                print('finally', 93, sys.exc_info()[0])
            got = await Tick(21)
            print('awaited', got)
        finally:
            print('finally', 97, sys.exc_info()[0])
            print('coro at', 15, sys.exc_info()[0])
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = await Tick(6)
    print('awaited', got)
    return 'sub1 done'

async def top():
    got = None
    if got:
        for i in range(1):
            print('coro at', 66, sys.exc_info()[0])
            raise ValueError(19)
            got = await Tick(40)
            print('awaited', got)
    else:
        tmp = Noisy(78)
    print('coro at', 93, sys.exc_info()[0])
    if got:
        async with ACM(42, False):
            if got:
                tmp = Noisy(45)
                res = await sub0()
                print('sub returned', res)
            else:
                tmp = Noisy(86)
                res = await sub1()
                print('sub returned', res)
                got = await Tick(20)
                print('awaited', got)
        if got:
            tmp = Noisy(84)
            try:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                res = await sub0()
                print('sub returned', res)
                tmp = Noisy(11)
            finally:
                print('finally', 29, sys.exc_info()[0])
            with CM(94, True):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                res = await sub1()
                print('sub returned', res)
                res = await sub1()
                print('sub returned', res)
                res = await sub1()
                print('sub returned', res)
        else:
            got = await Tick(63)
            print('awaited', got)
            if got:
                got = await Tick(79)
                print('awaited', got)
                got = await Tick(28)
                print('awaited', got)
            else:
                print('coro at', 28, sys.exc_info()[0])
                print('coro at', 14, sys.exc_info()[0])
            tmp = Noisy(41)
        got = await Tick(19)
        print('awaited', got)
    else:
        with CM(17, False):
            res = await sub0()
            print('sub returned', res)
            got = await Tick(87)
            print('awaited', got)
            try:
                res = await sub0()
                print('sub returned', res)
                got = await Tick(62)
                print('awaited', got)
                got = await Tick(79)
                print('awaited', got)
                res = await sub0()
                print('sub returned', res)
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('coro at', 40, sys.exc_info()[0])
                res = await sub0()
                print('sub returned', res)
            finally:
                print('finally', 69, sys.exc_info()[0])
    return 5
    return 'top done'

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: o.send(None))
show('send', o.send, 8)
show('send', o.send, 4)
print('rc', sys.getrefcount(o))
print('rc', sys.getrefcount(o))
show('next', o.send, None)
show('send', o.send, 6)
print('state', state(o), frame_info(o), type(o.cr_await).__name__, o.cr_running)
del o
print('collected', gc.collect())
print('end', gc.collect())
