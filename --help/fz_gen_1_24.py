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
    try:
        try:
            got = yield 18
            print('got', repr(got))
        finally:
            print('finally', 94, sys.exc_info()[0])
            got = yield 16
            print('got', repr(got))
        if got:
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            got = yield 9
            print('got', repr(got))
        else:
            print('gen at', 57, sys.exc_info()[0])
            for i in range(3):
                print('gen at', 2, sys.exc_info()[0])
        got = yield 86
        print('got', repr(got))
    except (KeyError, StopIteration) as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        got = yield 21
        print('got', repr(got))
        try:
            for i in range(1):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                show('reenter', lambda: next(o))
                got = yield 49
                print('got', repr(got))
            try:
                got = yield 96
                print('got', repr(got))
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('no sub')
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            print('no sub')
        except BaseException as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            print('gen at', 60, sys.exc_info()[0])
            show('reenter', lambda: next(o))
        finally:
            print('finally', 94, sys.exc_info()[0])
    finally:
        print('finally', 86, sys.exc_info()[0])
        with CM(76, True):
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = yield 15
    print('got', repr(got))

def sub1():
    got = None
    print('gen at', 89, sys.exc_info()[0])
    tmp = Noisy(35)
    yield 'last'

def top():
    got = None
    tmp = Noisy(44)
    for i in range(1):
        got = yield 70
        print('got', repr(got))
    print('gen at', 25, sys.exc_info()[0])
    got = yield 39
    print('got', repr(got))
    got = yield 42
    print('got', repr(got))

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: next(o))
show('next', o.send, None)
show('throw3', o.throw, Boom, Boom('x'), None)
del o
print('collected', gc.collect())
print('end', gc.collect())
