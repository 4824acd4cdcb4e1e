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
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    if got:
        got = yield 9
        print('got', repr(got))
        print('no sub')
        try:
            tmp = Noisy(57)
            for i in range(1):
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            tmp = Noisy(10)
        except Boom as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            got = yield 1
            print('got', repr(got))
            raise
    else:
        print('agen at', 67, sys.exc_info()[0])
        got = yield 14
        print('got', repr(got))
        with CM(6, True):
            got = yield 67
            print('got', repr(got))
        async with ACM(53, False):
            tmp = Noisy(25)
    if got:
        got = yield 85
        print('got', repr(got))
        print('no sub')
    else:
        print('no sub')
        got = yield 4
        print('got', repr(got))

async def sub1():
    got = None
    for i in range(2):
        got = yield 0
        print('got', repr(got))
        tmp = Noisy(32)
        try:
            if got:
                tmp = Noisy(80)
                got = yield 41
                print('got', repr(got))
                async for item in sub0():
                    print('item', item)
                got = yield 82
                print('got', repr(got))
            else:
                got = yield 32
                print('got', repr(got))
                got = yield 73
                print('got', repr(got))
                got = yield 20
                print('got', repr(got))
            if got:
                tmp = Noisy(70)
                print('agen at', 60, sys.exc_info()[0])
                print('agen at', 99, sys.exc_info()[0])
                got = yield 11
                print('got', repr(got))
            else:
                await Tick(0)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                raise KeyError(8)
            got = yield 10
            print('got', repr(got))
        finally:
            print('finally', 52, sys.exc_info()[0])
            return
        for i in range(3):
            got = yield 49
            print('got', repr(got))
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = yield 96
    print('got', repr(got))

async def top():
    got = None
    for i in range(3):
        try:
            for i in range(2):
                print('agen at', 24, sys.exc_info()[0])
        finally:
            print('finally', 69, sys.exc_info()[0])
        for i in range(1):
            async with ACM(0, True):
                await Tick(38)
                got = yield 21
                print('got', repr(got))
                got = yield 86
                print('got', repr(got))
            if got:
                return
            else:
                got = yield 94
                print('got', repr(got))
                return
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        try:
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            print('agen at', 59, sys.exc_info()[0])
            if got:
                raise StopIteration(31)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                print('agen at', 7, sys.exc_info()[0])
            else:
                print('agen at', 60, sys.exc_info()[0])
                got = yield 26
                print('got', repr(got))
                got = yield 84
                print('got', repr(got))
                tmp = Noisy(55)
            got = yield 76
            print('got', repr(got))
        finally:
            print('finally', 33, sys.exc_info()[0])
            got = yield 3
            print('got', repr(got))
    got = yield 48
    print('got', repr(got))

sys.set_asyncgen_hooks(firstiter=lambda ag: print('firstiter', ag.__qualname__),
                      finalizer=lambda ag: print('finalizer', ag.__qualname__, ag.ag_frame is not None))
async def drive():
    a = top()
    try:
        print('athrow ->', repr(await a.athrow(ValueError(9))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    del a
    print('collected', gc.collect())
    a = top()
    print('ag state', a.ag_running, frame_info(a), type(a.ag_await).__name__)
    try:
        async for v in a:
            print('for', repr(v))
    except BaseException as e:
        print('for !!', type(e).__name__, e.args)
    try:
        print('anext ->', repr(await a.__anext__()))
    except BaseException as e:
        print('anext !!', type(e).__name__, e.args)
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
