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
    for i in range(2):
        got = yield 95
        print('got', repr(got))
    tmp = Noisy(4)

async def sub1():
    got = None
    for i in range(1):
        got = yield 67
        print('got', repr(got))
        got = yield 70
        print('got', repr(got))
    print('agen at', 67, sys.exc_info()[0])
    try:
        try:
            got = yield 27
            print('got', repr(got))
            got = yield 74
            print('got', repr(got))
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            tmp = Noisy(28)
            raise
        except (KeyError, StopIteration) as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            raise
    except (KeyError, StopIteration) as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        got = yield 44
        print('got', repr(got))
        raise
    except Boom as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        try:
            print('agen at', 24, sys.exc_info()[0])
        except Exception as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            async for item in sub0():
                print('item', item)
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            raise
        except ValueError as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        async with ACM(28, True):
            async for item in sub0():
                print('item', item)
            print('agen at', 58, sys.exc_info()[0])
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            if got:
                print('agen at', 1, sys.exc_info()[0])
                print('agen at', 46, sys.exc_info()[0])
            else:
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    finally:
        print('finally', 23, sys.exc_info()[0])
        return

async def top():
    got = None
    got = yield 21
    print('got', repr(got))
    async for item in sub1():
        print('item', item)
    if got:
        print('agen at', 21, sys.exc_info()[0])
        got = yield 64
        print('got', repr(got))
    else:
        if got:
            async for item in sub0():
                print('item', item)
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            print('agen at', 89, sys.exc_info()[0])
            got = yield 7
            print('got', repr(got))
        else:
            print('agen at', 27, sys.exc_info()[0])
            if got:
                got = yield 66
                print('got', repr(got))
            else:
                got = yield 48
                print('got', repr(got))
                got = yield 82
                print('got', repr(got))
                got = yield 58
                print('got', repr(got))
        got = yield 99
        print('got', repr(got))
    tmp = Noisy(24)
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)

sys.set_asyncgen_hooks(firstiter=lambda ag: print('firstiter', ag.__qualname__),
                      finalizer=lambda ag: print('finalizer', ag.__qualname__, ag.ag_frame is not None))
async def drive():
    a = top()
    print('ag state', a.ag_running, frame_info(a), type(a.ag_await).__name__)
    try:
        print('athrow ->', repr(await a.athrow(StopAsyncIteration(9))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    try:
        print('anext ->', repr(await a.__anext__()))
    except BaseException as e:
        print('anext !!', type(e).__name__, e.args)
    try:
        print('aclose ->', repr(await a.aclose()))
    except BaseException as e:
        print('aclose !!', type(e).__name__, e.args)
    del a
    print('collected', gc.collect())
    a = top()
    return 'drive done'
async def sleepy_main():
    print(await asyncio.wait_for(drive(), 100))
try:
    asyncio.run(sleepy_main())
except BaseException as e:
    print('run !!', type(e).__name__, 'deadlock' if 'deadlock' in str(e) else e.args)
print('end', gc.collect())
