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

def sub0():
    got = None
    got = yield 73
    print('got', repr(got))
    try:
        for i in range(1):
            got = yield 16
            print('got', repr(got))
        show('reenter', lambda: next(o))
    finally:
        print('finally', 27, sys.exc_info()[0])
        try:
            tmp = Noisy(89)
            try:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('no sub')
                got = yield 92
                print('got', repr(got))
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                raise
            finally:
                print('finally', 50, sys.exc_info()[0])
        except (KeyError, StopIteration) as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = yield 79
            print('got', repr(got))
        finally:
            print('finally', 34, sys.exc_info()[0])

def sub1():
    got = None
    tmp = Noisy(52)
    res = yield from sub0()
    print('sub returned', res)
    return 9

def top():
    got = None
    if got:
        got = yield 59
        print('got', repr(got))
        got = yield 83
        print('got', repr(got))
    else:
        try:
            for i in range(1):
                res = yield from sub1()
                print('sub returned', res)
                got = yield 34
                print('got', repr(got))
                print('gen at', 14, sys.exc_info()[0])
                show('reenter', lambda: next(o))
            got = yield 13
            print('got', repr(got))
            try:
                got = yield 86
                print('got', repr(got))
                got = yield 61
                print('got', repr(got))
            finally:
                print('finally', 13, sys.exc_info()[0])
                got = yield 16
                print('got', repr(got))
        finally:
            print('finally', 42, sys.exc_info()[0])
    with CM(28, False):
        raise Boom(53)
        print('gen at', 76, sys.exc_info()[0])
        try:
            if got:
                show('reenter', lambda: next(o))
                print('gen at', 53, sys.exc_info()[0])
                tmp = Noisy(31)
                got = yield 44
                print('got', repr(got))
            else:
                print('gen at', 29, sys.exc_info()[0])
                got = yield 84
                print('got', repr(got))
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            with CM(80, False):
                got = yield 96
                print('got', repr(got))
        except ValueError as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            try:
                got = yield 5
                print('got', repr(got))
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = yield 17
                print('got', repr(got))
                tmp = Noisy(84)
            finally:
                print('finally', 96, sys.exc_info()[0])
        finally:
            print('finally', 47, sys.exc_info()[0])
    show('reenter', lambda: next(o))
    tmp = Noisy(23)
    res = yield from sub1()
    print('sub returned', res)

o = top()
print('state', state(o), frame_info(o))
show('start', lambda: next(o))
print('state', state(o), frame_info(o), type(o.gi_yieldfrom).__name__, o.gi_running)
show('throw', o.throw, ValueError(9))
del o
print('collected', gc.collect())
print('end', gc.collect())
