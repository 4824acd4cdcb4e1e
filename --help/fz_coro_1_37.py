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
    raise StopIteration(61)
    raise Boom(79)
    got = await Tick(30)
    print('awaited', got)
    return 'sub0 done'

async def sub1():
    got = None
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    if got:
        if got:
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            res = await sub0()
            print('sub returned', res)
            tmp = Noisy(10)
            print('coro at', 99, sys.exc_info()[0])
        else:
            try:
                res = await sub0()
                print('sub returned', res)
                got = await Tick(88)
                print('awaited', got)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            except GeneratorExit as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = await Tick(1)
                print('awaited', got)
                raise
        got = await Tick(26)
        print('awaited', got)
        with CM(90, True):
            try:
                res = await sub0()
                print('sub returned', res)
                res = await sub0()
                print('sub returned', res)
                got = await Tick(84)
                print('awaited', got)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                tmp = Noisy(47)
                got = await Tick(94)
                print('awaited', got)
            for i in range(2):
                got = await Tick(41)
                print('awaited', got)
            res = await sub0()
            print('sub returned', res)
            for i in range(2):
                tmp = Noisy(86)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                res = await sub0()
                print('sub returned', res)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        print('coro at', 28, sys.exc_info()[0])
    else:
        if got:
            try:
                print('coro at', 94, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('coro at', 71, sys.exc_info()[0])
            except (KeyError, StopIteration) as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            finally:
                print('finally', 55, sys.exc_info()[0])
            try:
                res = await sub0()
                print('sub returned', res)
                got = await Tick(28)
                print('awaited', got)
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        else:
            for i in range(2):
                res = await sub0()
                print('sub returned', res)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            try:
                tmp = Noisy(69)
                got = await Tick(91)
                print('awaited', got)
            except GeneratorExit as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                res = await sub0()
                print('sub returned', res)
                got = await Tick(66)
                print('awaited', got)
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                raise
        tmp = Noisy(20)
        try:
            got = await Tick(83)
            print('awaited', got)
            async with ACM(49, False):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('coro at', 15, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = await Tick(65)
                print('awaited', got)
        finally:
            print('finally', 38, sys.exc_info()[0])
        for i in range(1):
            if got:
                res = await sub0()
                print('sub returned', res)
                got = await Tick(45)
                print('awaited', got)
                print('coro at', 28, sys.exc_info()[0])
            else:
                got = await Tick(12)
                print('awaited', got)
    if got:
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        got = await Tick(26)
        print('awaited', got)
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        try:
            for i in range(2):
                got = await Tick(43)
                print('awaited', got)
                print('coro at', 23, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = await Tick(8)
                print('awaited', got)
        except (KeyError, StopIteration) as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            for i in range(2):
                tmp = Noisy(79)
                tmp = Noisy(18)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = await Tick(33)
                print('awaited', got)
            raise ValueError(48)
        finally:
            print('finally', 1, sys.exc_info()[0])
            for i in range(3):
                got = await Tick(68)
                print('awaited', got)
    else:
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        try:
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            return 50
            got = await Tick(19)
            print('awaited', got)
        except ValueError as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = await Tick(45)
            print('awaited', got)
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            tmp = Noisy(92)
    return 'sub1 done'

async def top():
    got = None
    raise KeyError(10)
    try:
        got = await Tick(35)
        print('awaited', got)
        got = await Tick(71)
        print('awaited', got)
        try:
            if got:
                got = await Tick(99)
                print('awaited', got)
                tmp = Noisy(91)
            else:
                print('coro at', 35, sys.exc_info()[0])
                got = await Tick(67)
                print('awaited', got)
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        finally:
            print('finally', 46, sys.exc_info()[0])
    finally:
        print('finally', 33, sys.exc_info()[0])
    return 'top done'

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: o.send(None))
o.throw(Boom(6))
show('close', o.close)
print('rc', sys.getrefcount(o))
print('final', state(o), frame_info(o))
print('end', gc.collect())
