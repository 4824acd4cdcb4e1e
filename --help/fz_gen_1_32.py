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
    print('gen at', 36, sys.exc_info()[0])
    try:
        print('no sub')
        for i in range(1):
            show('reenter', lambda: next(o))
            print('no sub')
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            print('gen at', 38, sys.exc_info()[0])
    finally:
        print('finally', 4, sys.exc_info()[0])
        with CM(48, True):
            for i in range(1):
                got = yield 86
                print('got', repr(got))
                got = yield 93
                print('got', repr(got))
                print('no sub')
            got = yield 40
            print('got', repr(got))
            got = yield 1
            print('got', repr(got))
    print('gen at', 77, sys.exc_info()[0])
    got = yield 7
    print('got', repr(got))
    print('no sub')

def sub1():
    got = None
    got = yield 40
    print('got', repr(got))
    got = yield 39
    print('got', repr(got))
    got = yield 53
    print('got', repr(got))
    with CM(3, True):
        got = yield 85
        print('got', repr(got))
        got = yield 77
        print('got', repr(got))
        got = yield 52
        print('got', repr(got))
        print('gen at', 75, sys.exc_info()[0])
    res = yield from sub0()
    print('sub returned', res)

def top():
    got = None
    got = yield 60
    print('got', repr(got))
    with CM(31, False):
        try:
            res = yield from sub1()
            print('sub returned', res)
            with CM(70, False):
                print('gen at', 1, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        except (KeyError, StopIteration) as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = yield 95
            print('got', repr(got))
        finally:
            print('finally', 19, sys.exc_info()[0])
        raise ValueError(39)
    res = yield from sub1()
    print('sub returned', res)
    try:
        got = yield 74
        print('got', repr(got))
        for i in range(1):
            try:
                return 98
                got = yield 87
                print('got', repr(got))
                res = yield from sub1()
                print('sub returned', res)
                got = yield 67
                print('got', repr(got))
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = yield 1
                print('got', repr(got))
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                raise
            with CM(29, False):
                got = yield 97
                print('got', repr(got))
            got = yield 71
            print('got', repr(got))
    except BaseException as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        got = yield 83
        print('got', repr(got))
        print('gen at', 50, sys.exc_info()[0])

o = top()
print('state', state(o), frame_info(o))
show('start', lambda: next(o))
show('send', o.send, 3)
print('rc', sys.getrefcount(o))
print('final', state(o), frame_info(o))
print('end', gc.collect())
