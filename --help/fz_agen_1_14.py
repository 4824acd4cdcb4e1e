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
    got = yield 26
    print('got', repr(got))
    try:
        with CM(26, True):
            got = yield 51
            print('got', repr(got))
            got = yield 6
            print('got', repr(got))
            try:
                got = yield 34
                print('got', repr(got))
                print('agen at', 52, sys.exc_info()[0])
                got = yield 64
                print('got', repr(got))
            except (KeyError, StopIteration) as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
                got = yield 75
                print('got', repr(got))
                raise
            finally:
                print('finally', 35, sys.exc_info()[0])
        if got:
            try:
                got = yield 63
                print('got', repr(got))
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                raise
            except ValueError as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
        else:
            return
            for i in range(3):
                print('agen at', 22, sys.exc_info()[0])
        print('no sub')
    except Exception as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        for i in range(2):
            async with ACM(15, False):
                got = yield 25
                print('got', repr(got))
                got = yield 82
                print('got', repr(got))
                print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    except BaseException as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        raise
    return

async def drive():
    a = top()
    try:
        print('asend ->', repr(await a.asend(7)))
    except BaseException as e:
        print('asend !!', type(e).__name__, e.args)
    try:
        print('athrow ->', repr(await a.athrow(Boom(2))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    try:
        async for v in a:
            print('for', repr(v))
    except BaseException as e:
        print('for !!', type(e).__name__, e.args)
    print('ag state', a.ag_running, frame_info(a), type(a.ag_await).__name__)
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
