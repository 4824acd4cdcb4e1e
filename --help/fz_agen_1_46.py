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
    got = yield 40
    print('got', repr(got))
    got = yield 99
    print('got', repr(got))
    if got:
        if got:
            with CM(61, False):
                print('no sub')
                print('agen at', 93, sys.exc_info()[0])
        else:
            got = yield 2
            print('got', repr(got))
            async with ACM(28, False):
                got = yield 62
                print('got', repr(got))
                tmp = Noisy(88)
                print('agen at', 16, sys.exc_info()[0])
            async with ACM(25, False):
                got = yield 80
                print('got', repr(got))
                print('no sub')
                tmp = Noisy(16)
                print('no sub')
            tmp = Noisy(47)
    else:
        with CM(97, True):
            if got:
                print('agen at', 97, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = yield 80
                print('got', repr(got))
            else:
                got = yield 1
                print('got', repr(got))
                print('agen at', 11, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        tmp = Noisy(12)
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = yield 70
    print('got', repr(got))

async def sub1():
    got = None
    print('agen at', 80, sys.exc_info()[0])
    async for item in sub0():
        print('item', item)
    yield 'last'

async def top():
    got = None
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = yield 85
    print('got', repr(got))

async def drive():
    a = top()
    try:
        print('aclose ->', repr(await a.aclose()))
    except BaseException as e:
        print('aclose !!', type(e).__name__, e.args)
    print('ag state', a.ag_running, frame_info(a), type(a.ag_await).__name__)
    try:
        print('athrow ->', repr(await a.athrow(Boom(6))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    try:
        async for v in a:
            print('for', repr(v))
    except BaseException as e:
        print('for !!', type(e).__name__, e.args)
    try:
        print('asend ->', repr(await a.asend(3)))
    except BaseException as e:
        print('asend !!', type(e).__name__, e.args)
    try:
        print('asend ->', repr(await a.asend(9)))
    except BaseException as e:
        print('asend !!', type(e).__name__, e.args)
    return 'drive done'
d = drive()
for step in range(40):
    try:
        print('step', d.send(None))
    except StopIteration as e:
        print('drive returned', e.value)
        break
    except BaseException as e:
        print('drive !!', type(e).__name__, e.args)
        break
print('end', gc.collect())
