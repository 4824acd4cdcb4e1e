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

async def top():
    got = None
    tmp = Noisy(99)
    try:
        for i in range(2):
            try:
                print('no sub')
                got = yield 87
                print('got', repr(got))
            finally:
                print('finally', 94, sys.exc_info()[0])
            print('no sub')
            got = yield 81
            print('got', repr(got))
            if got:
                got = yield 78
                print('got', repr(got))
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            else:
                got = yield 79
                print('got', repr(got))
                got = yield 66
                print('got', repr(got))
        try:
            tmp = Noisy(96)
            got = yield 89
            print('got', repr(got))
        finally:
            print('finally', 33, sys.exc_info()[0])
    except Exception as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
    finally:
        print('finally', 11, sys.exc_info()[0])
    for i in range(1):
        got = yield 99
        print('got', repr(got))
        print('agen at', 36, sys.exc_info()[0])
    got = yield 43
    print('got', repr(got))
    got = yield 41
    print('got', repr(got))

async def drive():
    a = top()
    try:
        print('asend ->', repr(await a.asend(1)))
    except BaseException as e:
        print('asend !!', type(e).__name__, e.args)
    try:
        print('aclose ->', repr(await a.aclose()))
    except BaseException as e:
        print('aclose !!', type(e).__name__, e.args)
    try:
        print('athrow ->', repr(await a.athrow(StopAsyncIteration(0))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    return 'drive done'
async def sleepy_main():
    print(await asyncio.wait_for(drive(), 100))
try:
    asyncio.run(sleepy_main())
except BaseException as e:
    print('run !!', type(e).__name__, 'deadlock' if 'deadlock' in str(e) else e.args)
print('end', gc.collect())
