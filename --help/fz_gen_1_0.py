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
    print('gen at', 6, sys.exc_info()[0])
    got = yield 5
    print('got', repr(got))
    if got:
        try:
            with CM(41, True):
                print('gen at', 36, sys.exc_info()[0])
        except (KeyError, StopIteration) as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = yield 35
            print('got', repr(got))
            print('no sub')
        raise Boom(59)
    else:
        tmp = Noisy(96)
        tmp = Noisy(57)
        with CM(49, False):
            got = yield 41
            print('got', repr(got))
            got = yield 85
            print('got', repr(got))
            try:
                print('no sub')
                got = yield 64
                print('got', repr(got))
                got = yield 61
                print('got', repr(got))
                got = yield 13
                print('got', repr(got))
            finally:
                print('finally', 11, sys.exc_info()[0])
                raise KeyError(81)
            for i in range(2):
                show('reenter', lambda: next(o))

def top():
    got = None
    tmp = Noisy(25)
    res = yield from sub0()
    print('sub returned', res)
    print('gen at', 95, sys.exc_info()[0])

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: next(o))
print('size', sys.getsizeof(o), sys.getsizeof(o.gi_frame if hasattr(o, 'gi_frame') else o.cr_frame))
old_id = id(o)
del o
o = top()
print('same address', id(o) == old_id)
print('state', state(o), frame_info(o), type(o.gi_yieldfrom).__name__, o.gi_running)
print('state', state(o), frame_info(o), type(o.gi_yieldfrom).__name__, o.gi_running)
show('throw3', o.throw, Boom, Boom('x'), None)
show('send', o.send, 0)
del o
print('collected', gc.collect())
print('end', gc.collect())
