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
    got = yield 66
    print('got', repr(got))
    raise ValueError(42)
    print('agen at', 34, sys.exc_info()[0])
    try:
        with CM(33, False):
            for i in range(2):
                got = yield 21
                print('got', repr(got))
                got = yield 68
                print('got', repr(got))
        got = yield 32
        print('got', repr(got))
        async with ACM(75, True):
            try:
                print('agen at', 83, sys.exc_info()[0])
                tmp = Noisy(30)
                print('agen at', 90, sys.exc_info()[0])
                got = yield 55
                print('got', repr(got))
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = yield 34
                print('got', repr(got))
            finally:
                print('finally', 8, sys.exc_info()[0])
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            got = yield 0
            print('got', repr(got))
            tmp = Noisy(12)
        async with ACM(3, False):
            tmp = Noisy(56)
    except BaseException as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        raise
    except (KeyError, StopIteration) as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        tmp = Noisy(97)
        try:
            if got:
                print('agen at', 40, sys.exc_info()[0])
            else:
                got = yield 44
                print('got', repr(got))
            try:
                got = yield 32
                print('got', repr(got))
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = yield 4
                print('got', repr(got))
            except (KeyError, StopIteration) as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                got = yield 13
                print('got', repr(got))
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            finally:
                print('finally', 47, sys.exc_info()[0])
            tmp = Noisy(32)
            got = yield 5
            print('got', repr(got))
        except Exception as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)

async def top():
    got = None
    try:
        got = yield 43
        print('got', repr(got))
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        async for item in sub0():
            print('item', item)
    finally:
        print('finally', 68, sys.exc_info()[0])
        async with ACM(84, False):
            try:
                await Tick(96)
            finally:
                print('finally', 68, sys.exc_info()[0])
                await Tick(51)
            print('agen at', 82, sys.exc_info()[0])
            got = yield 56
            print('got', repr(got))
            tmp = Noisy(8)
    got = yield 77
    print('got', repr(got))
    async for item in sub0():
        print('item', item)
    with CM(45, False):
        print('agen at', 12, sys.exc_info()[0])
        await Tick(83)
    if got:
        got = yield 36
        print('got', repr(got))
        try:
            async with ACM(95, False):
                got = yield 40
                print('got', repr(got))
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = yield 87
                print('got', repr(got))
                tmp = Noisy(57)
            await Tick(5)
            for i in range(2):
                await Tick(25)
                print('agen at', 88, sys.exc_info()[0])
        finally:
            print('finally', 20, sys.exc_info()[0])
            tmp = Noisy(56)
    else:
        with CM(61, True):
            raise GeneratorExit(54)
        try:
            async with ACM(53, True):
                tmp = Noisy(38)
                tmp = Noisy(5)
                tmp = Noisy(14)
            got = yield 69
            print('got', repr(got))
            if got:
                got = yield 25
                print('got', repr(got))
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                return
            else:
                await Tick(54)
                print('agen at', 66, sys.exc_info()[0])
        except ValueError as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            raise
        except Exception as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            for i in range(2):
                await Tick(14)
                got = yield 75
                print('got', repr(got))
            if got:
                print('agen at', 78, sys.exc_info()[0])
            else:
                tmp = Noisy(2)
            raise
        got = yield 2
        print('got', repr(got))

sys.set_asyncgen_hooks(firstiter=lambda ag: print('firstiter', ag.__qualname__),
                      finalizer=lambda ag: print('finalizer', ag.__qualname__, ag.ag_frame is not None))
async def drive():
    a = top()
    del a
    print('collected', gc.collect())
    a = top()
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
