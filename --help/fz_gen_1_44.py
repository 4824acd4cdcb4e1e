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
    show('reenter', lambda: next(o))
    try:
        for i in range(3):
            tmp = Noisy(73)
            if got:
                tmp = Noisy(70)
                print('gen at', 47, sys.exc_info()[0])
            else:
                got = yield 28
                print('got', repr(got))
                got = yield 63
                print('got', repr(got))
                got = yield 36
                print('got', repr(got))
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            try:
                got = yield 23
                print('got', repr(got))
                print('no sub')
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            finally:
                print('finally', 72, sys.exc_info()[0])
                print('no sub')
            print('gen at', 84, sys.exc_info()[0])
        got = yield 51
        print('got', repr(got))
        tmp = Noisy(53)
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    except GeneratorExit as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        raise
    finally:
        print('finally', 68, sys.exc_info()[0])
        got = yield 22
        print('got', repr(got))
    return 87
    for i in range(1):
        with CM(35, True):
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            show('reenter', lambda: next(o))
            print('no sub')
        show('reenter', lambda: next(o))
        try:
            try:
                tmp = Noisy(30)
                tmp = Noisy(81)
                print('gen at', 40, sys.exc_info()[0])
            finally:
                print('finally', 61, sys.exc_info()[0])
                got = yield 39
                print('got', repr(got))
            print('gen at', 22, sys.exc_info()[0])
        finally:
            print('finally', 72, sys.exc_info()[0])
        got = yield 16
        print('got', repr(got))
    if got:
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        try:
            tmp = Noisy(4)
            try:
                tmp = Noisy(95)
                got = yield 14
                print('got', repr(got))
            except Boom as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                show('reenter', lambda: next(o))
                got = yield 24
                print('got', repr(got))
                raise
            tmp = Noisy(97)
        except Exception as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = yield 49
            print('got', repr(got))
        finally:
            print('finally', 90, sys.exc_info()[0])
            print('no sub')
        got = yield 19
        print('got', repr(got))
    else:
        try:
            for i in range(1):
                show('reenter', lambda: next(o))
            got = yield 46
            print('got', repr(got))
        except Boom as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            return 50
            show('reenter', lambda: next(o))
        print('gen at', 41, sys.exc_info()[0])

def sub1():
    got = None
    got = yield 36
    print('got', repr(got))
    got = yield 58
    print('got', repr(got))
    with CM(61, False):
        got = yield 9
        print('got', repr(got))
        res = yield from sub0()
        print('sub returned', res)

def top():
    got = None
    print('gen at', 77, sys.exc_info()[0])
    tmp = Noisy(25)
    try:
        res = yield from sub1()
        print('sub returned', res)
        with CM(67, False):
            res = yield from sub0()
            print('sub returned', res)
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    finally:
        print('finally', 20, sys.exc_info()[0])
        for i in range(1):
            print('gen at', 61, sys.exc_info()[0])
    tmp = Noisy(70)
    res = yield from sub0()
    print('sub returned', res)

o = top()
print('state', state(o), frame_info(o))
wr = weakref.ref(o, lambda r: print('weakref callback', r() is None))
show('start', lambda: next(o))
print('size', sys.getsizeof(o), sys.getsizeof(o.gi_frame if hasattr(o, 'gi_frame') else o.cr_frame))
old_id = id(o)
del o
o = top()
print('same address', id(o) == old_id)
print('size', sys.getsizeof(o), sys.getsizeof(o.gi_frame if hasattr(o, 'gi_frame') else o.cr_frame))
old_id = id(o)
del o
o = top()
print('same address', id(o) == old_id)
print('final', state(o), frame_info(o))
del o
print('collected', gc.collect())
print('end', gc.collect())
