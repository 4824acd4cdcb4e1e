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
    print('gen at', 31, sys.exc_info()[0])
    tmp = Noisy(35)
    yield 'last'

def top():
    got = None
    try:
        raise ValueError(53)
        res = yield from sub0()
        print('sub returned', res)
        res = yield from sub0()
        print('sub returned', res)
        tmp = Noisy(42)
    finally:
        print('finally', 40, sys.exc_info()[0])
    print('gen at', 42, sys.exc_info()[0])
    try:
        tmp = Noisy(62)
        tmp = Noisy(25)
        res = yield from sub0()
        print('sub returned', res)
    finally:
        print('finally', 95, sys.exc_info()[0])
        got = yield 96
        print('got', repr(got))
    return 43
    for i in range(3):
        got = yield 21
        print('got', repr(got))
        print('gen at', 64, sys.exc_info()[0])
        got = yield 72
        print('got', repr(got))

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: next(o))
show('throw', o.throw, GeneratorExit(2))
print('rc', sys.getrefcount(o))
show('send', o.send, 9)
show('throw3', o.throw, Boom, Boom('x'), None)
print('final', state(o), frame_info(o))
print('end', gc.collect())
