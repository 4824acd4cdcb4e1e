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
    if got:
        print('no sub')
    else:
        got = yield 78
        print('got', repr(got))
        got = yield 17
        print('got', repr(got))
    with CM(53, False):
        try:
            if got:
                print('no sub')
                got = yield 23
                print('got', repr(got))
            else:
                raise Boom(3)
                got = yield 15
                print('got', repr(got))
        finally:
            print('finally', 33, sys.exc_info()[0])
            for i in range(1):
                print('no sub')
                got = yield 2
                print('got', repr(got))
                print('agen at', 3, sys.exc_info()[0])
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        got = yield 28
        print('got', repr(got))
        tmp = Noisy(20)
    got = yield 91
    print('got', repr(got))
    got = yield 90
    print('got', repr(got))

async def sub1():
    got = None
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    async for item in sub0():
        print('item', item)
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    if got:
        for i in range(2):
            for i in range(2):
                async for item in sub0():
                    print('item', item)
            for i in range(1):
                got = yield 57
                print('got', repr(got))
        print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    else:
        async with ACM(54, False):
            return
            got = yield 88
            print('got', repr(got))
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
            print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = yield 81
    print('got', repr(got))

async def top():
    got = None
    tmp = Noisy(48)
    await Tick(77)
    yield 'last'

sys.set_asyncgen_hooks(firstiter=lambda ag: print('firstiter', ag.__qualname__),
                      finalizer=lambda ag: print('finalizer', ag.__qualname__, ag.ag_frame is not None))
async def drive():
    a = top()
    try:
        print('anext ->', repr(await a.__anext__()))
    except BaseException as e:
        print('anext !!', type(e).__name__, e.args)
    try:
        print('asend ->', repr(await a.asend(7)))
    except BaseException as e:
        print('asend !!', type(e).__name__, e.args)
    try:
        print('athrow ->', repr(await a.athrow(Boom(9))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    try:
        print('athrow ->', repr(await a.athrow(ValueError(0))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    try:
        print('aclose ->', repr(await a.aclose()))
    except BaseException as e:
        print('aclose !!', type(e).__name__, e.args)
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
