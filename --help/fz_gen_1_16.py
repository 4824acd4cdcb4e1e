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

def top():
    got = None
    if got:
        got = yield 86
        print('got', repr(got))
        got = yield 2
        print('got', repr(got))
        show('reenter', lambda: next(o))
    else:
        print('gen at', 8, sys.exc_info()[0])
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    print('no sub')
    try:
        try:
            try:
                got = yield 80
                print('got', repr(got))
                show('reenter', lambda: next(o))
                show('reenter', lambda: next(o))
            finally:
                print('finally', 67, sys.exc_info()[0])
            print('gen at', 96, sys.exc_info()[0])
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        finally:
            print('finally', 20, sys.exc_info()[0])
        print('gen at', 63, sys.exc_info()[0])
        for i in range(1):
            print('gen at', 66, sys.exc_info()[0])
            show('reenter', lambda: next(o))
            print('gen at', 89, sys.exc_info()[0])
            got = yield 40
            print('got', repr(got))
    except Exception as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        with CM(45, False):
            try:
                print('gen at', 13, sys.exc_info()[0])
                print('no sub')
                print('gen at', 91, sys.exc_info()[0])
                tmp = Noisy(36)
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            finally:
                print('finally', 33, sys.exc_info()[0])
            for i in range(1):
                show('reenter', lambda: next(o))
                got = yield 61
                print('got', repr(got))
                print('gen at', 79, sys.exc_info()[0])
                got = yield 52
                print('got', repr(got))
            got = yield 96
            print('got', repr(got))
        raise
    with CM(21, False):
        tmp = Noisy(6)

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: next(o))
show('close', o.close)
show('send', o.send, 4)
print('final', state(o), frame_info(o))
print('end', gc.collect())
