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
    got = yield 32
    print('got', repr(got))
    for i in range(2):
        print('agen at', 51, sys.exc_info()[0])
        tmp = Noisy(78)
        for i in range(2):
            try:
                print('agen at', 39, sys.exc_info()[0])
                print('no sub')
                print('agen at', 3, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            finally:
                print('finally', 59, sys.exc_info()[0])
            async with ACM(54, False):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                tmp = Noisy(74)
                tmp = Noisy(54)
        tmp = Noisy(7)
    for i in range(3):
        got = yield 48
        print('got', repr(got))
        got = yield 37
        print('got', repr(got))
        tmp = Noisy(33)
        got = yield 35
        print('got', repr(got))
    async with ACM(23, False):
        got = yield 39
        print('got', repr(got))
        try:
            if got:
                got = yield 65
                print('got', repr(got))
            else:
                tmp = Noisy(80)
                got = yield 69
                print('got', repr(got))
                print('no sub')
        except (KeyError, StopIteration) as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            print('no sub')
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = yield 90
            print('got', repr(got))
        got = yield 19
        print('got', repr(got))

async def top():
    got = None
    raise GeneratorExit(66)
    await Tick(0)
    got = yield 96
    print('got', repr(got))
    if got:
        async with ACM(13, True):
            tmp = Noisy(21)
            got = yield 21
            print('got', repr(got))
    else:
        got = yield 69
        print('got', repr(got))

async def drive():
    a = top()
    try:
        print('athrow ->', repr(await a.athrow(GeneratorExit(0))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    try:
        print('anext ->', repr(await a.__anext__()))
    except BaseException as e:
        print('anext !!', type(e).__name__, e.args)
    try:
        print('anext ->', repr(await a.__anext__()))
    except BaseException as e:
        print('anext !!', type(e).__name__, e.args)
    try:
        print('anext ->', repr(await a.__anext__()))
    except BaseException as e:
        print('anext !!', type(e).__name__, e.args)
    return 'drive done'
async def sleepy_main():
    print(await asyncio.wait_for(drive(), 100))
try:
    asyncio.run(sleepy_main())
except BaseException as e:
    print('run !!', type(e).__name__, 'deadlock' if 'deadlock' in str(e) else e.args)
print('end', gc.collect())
