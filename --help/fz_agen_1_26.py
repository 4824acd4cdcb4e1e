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
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    got = yield 94
    print('got', repr(got))
    try:
        got = yield 71
        print('got', repr(got))
    except BaseException as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        got = yield 50
        print('got', repr(got))
        tmp = Noisy(9)
    print('locals', sorted(k for k in sys._getframe().f_locals if k != 'o'), sys._getframe().f_lasti)
    try:
        print('no sub')
    except (KeyError, StopIteration) as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        raise ValueError(63)
        try:
            got = yield 28
            print('got', repr(got))
            try:
                print('no sub')
                print('agen at', 55, sys.exc_info()[0])
                print('agen at', 53, sys.exc_info()[0])
            except Exception as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
                print('agen at', 25, sys.exc_info()[0])
                raise
            except BaseException as e:
                print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            finally:
                print('finally', 25, sys.exc_info()[0])
            got = yield 61
            print('got', repr(got))
        except GeneratorExit as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        except (KeyError, StopIteration) as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
            print('agen at', 54, sys.exc_info()[0])
            raise
    except ValueError as e:
        print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
        print('no sub')
        try:
            print('no sub')
            print('agen at', 29, sys.exc_info()[0])
            async with ACM(16, False):
                print('no sub')
        except ValueError as e:
            print('caught', type(e).__name__, e.args, sys.exc_info()[0].__name__)
    finally:
        print('finally', 34, sys.exc_info()[0])

sys.set_asyncgen_hooks(firstiter=lambda ag: print('firstiter', ag.__qualname__),
                      finalizer=lambda ag: print('finalizer', ag.__qualname__, ag.ag_frame is not None))
async def drive():
    a = top()
    try:
        print('asend ->', repr(await a.asend(5)))
    except BaseException as e:
        print('asend !!', type(e).__name__, e.args)
    print('ag state', a.ag_running, frame_info(a), type(a.ag_await).__name__)
    print('ag state', a.ag_running, frame_info(a), type(a.ag_await).__name__)
    try:
        print('asend ->', repr(await a.asend(8)))
    except BaseException as e:
        print('asend !!', type(e).__name__, e.args)
    try:
        print('athrow ->', repr(await a.athrow(GeneratorExit(1))))
    except BaseException as e:
        print('athrow !!', type(e).__name__, e.args)
    del a
    print('collected', gc.collect())
    a = top()
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
