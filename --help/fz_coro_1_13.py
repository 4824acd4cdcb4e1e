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
    return 48
    tmp = Noisy(59)
    print('no sub')
    try:
        try:
            if got:
                got = await Tick(84)
                print('awaited', got)
                tmp = Noisy(20)
                raise Boom(36)
            else:
                print('coro at', 8, sys.exc_info()[0])
                got = await Tick(91)
                print('awaited', got)
                got = await Tick(34)
                print('awaited', got)
                tmp = Noisy(43)
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        except Boom as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            with CM(86, False):
                tmp = Noisy(58)
                got = await Tick(50)
                print('awaited', got)
            raise
        finally:
            print('finally', 35, sys.exc_info()[0])
        raise StopIteration(84)
    except Boom as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
    except BaseException as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    return 'sub0 done'

async def sub1():
    got = None
    try:
        try:
            got = await Tick(5)
            print('awaited', got)
            res = await sub0()
            print('sub returned', res)
            async with ACM(98, False):
                got = await Tick(27)
                print('awaited', got)
                got = await Tick(31)
                print('awaited', got)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            try:
                got = await Tick(78)
                print('awaited', got)
                got = await Tick(78)
                print('awaited', got)
                got = await Tick(57)
                print('awaited', got)
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                raise
            tmp = Noisy(15)
        tmp = Noisy(41)
        with CM(6, True):
            got = await Tick(88)
            print('awaited', got)
            tmp = Noisy(95)
    finally:
        print('finally', 74, sys.exc_info()[0])
        try:
            try:
                res = await sub0()
                print('sub returned', res)
                got = await Tick(1)
                print('awaited', got)
                res = await sub0()
                print('sub returned', res)
                got = await Tick(0)
                print('awaited', got)
            except (KeyError, StopIteration) as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = await Tick(53)
                print('awaited', got)
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = await Tick(74)
                print('awaited', got)
                tmp = Noisy(25)
        except BaseException as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = await Tick(99)
            print('awaited', got)
            return 18
        except Boom as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            raise
        finally:
            print('finally', 36, sys.exc_info()[0])
    try:
        try:
            if got:
                got = await Tick(8)
                print('awaited', got)
                got = await Tick(66)
                print('awaited', got)
                got = await Tick(92)
                print('awaited', got)
            else:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        finally:
            print('finally', 95, sys.exc_info()[0])
            print('coro at', 9, sys.exc_info()[0])
        got = await Tick(12)
        print('awaited', got)
    except BaseException as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        res = await sub0()
        print('sub returned', res)
        tmp = Noisy(15)
    finally:
        print('finally', 23, sys.exc_info()[0])
    raise GeneratorExit(64)
    got = await Tick(18)
    print('awaited', got)
    return 'sub1 done'

async def top():
    got = None
    try:
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    except BaseException as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
    except ValueError as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        if got:
            for i in range(1):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            for i in range(1):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('coro at', 73, sys.exc_info()[0])
            try:
                got = await Tick(31)
                print('awaited', got)
                got = await Tick(36)
                print('awaited', got)
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('coro at', 8, sys.exc_info()[0])
            except (KeyError, StopIteration) as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = await Tick(15)
                print('awaited', got)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                raise
            finally:
                print('finally', 53, sys.exc_info()[0])
                got = await Tick(84)
                print('awaited', got)
            tmp = Noisy(15)
        else:
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            got = await Tick(30)
            print('awaited', got)
        tmp = Noisy(85)
    finally:
        print('finally', 4, sys.exc_info()[0])
        try:
            got = await Tick(73)
            print('awaited', got)
        finally:
            print('finally', 59, sys.exc_info()[0])
    with CM(44, False):
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = await Tick(0)
    print('awaited', got)
    return 'top done'

o = top()
print('state', state(o), frame_info(o))
show('start', lambda: o.send(None))
del o
print('collected', gc.collect())
print('end', gc.collect())
