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
    with CM(56, True):
        tmp = Noisy(39)
        with CM(38, False):
            if got:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            else:
                print('gen at', 9, sys.exc_info()[0])
            print('gen at', 74, sys.exc_info()[0])
    got = yield 84
    print('got', repr(got))
    got = yield 86
    print('got', repr(got))

def top():
    got = None
    got = yield 99
    print('got', repr(got))
    print('gen at', 69, sys.exc_info()[0])
    got = yield 52
    print('got', repr(got))
    print('gen at', 32, sys.exc_info()[0])
    if got:
        res = yield from sub0()
        print('sub returned', res)
        for i in range(2):
            return 18
            print('gen at', 49, sys.exc_info()[0])
            try:
                print('gen at', 55, sys.exc_info()[0])
            finally:
                print('finally', 37, sys.exc_info()[0])
                return 71
            try:
                got = yield 27
                print('got', repr(got))
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            finally:
                print('finally', 56, sys.exc_info()[0])
                got = yield 41
                print('got', repr(got))
    else:
        got = yield 68
        print('got', repr(got))
        try:
            print('gen at', 5, sys.exc_info()[0])
            tmp = Noisy(36)
            print('gen at', 95, sys.exc_info()[0])
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        finally:
            print('finally', 60, sys.exc_info()[0])
        print('gen at', 73, sys.exc_info()[0])

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: next(o))
show('send', o.send, 0)
show('throw', o.throw, ValueError(1))
show('send', o.send, 7)
print('rc', sys.getrefcount(o))
del o
print('collected', gc.collect())
print('end', gc.collect())
